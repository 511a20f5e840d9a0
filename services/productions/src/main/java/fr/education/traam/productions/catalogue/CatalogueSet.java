package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.contract.productions.ThemeReference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A set the catalogue files a production under, as harvesters name it (OAI-PMH {@code setSpec}, ADR 28): its campaign
 * ({@code campaign:<schoolYear>}), its theme ({@code theme:<campaignId>:<themeId>}), each académie credited
 * ({@code academy:<code>}) and each discipline ({@code discipline:<slug>}), with every parent of these ({@code theme},
 * {@code theme:<campaignId>}…) since a colon makes a hierarchy. Kept on a withdrawn production too: a harvester of a
 * set must learn that its record was deleted.
 *
 * @param spec only the characters a {@code setSpec} allows, parts separated by colons
 * @param name what a person reads
 */
public record CatalogueSet(String spec, String name) {

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9\\-_.!~*'()]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPEC = Pattern.compile("([A-Za-z0-9\\-_.!~*'()])+(:[A-Za-z0-9\\-_.!~*'()]+)*");

    public CatalogueSet {
        if (spec == null || !SPEC.matcher(spec).matches() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a set needs a spec of the allowed characters and a name: " + spec);
        }
    }

    /** Whether {@code spec} is written as a set spec may be; says nothing of whether that set exists. */
    public static boolean wellFormed(String spec) {
        return spec != null && SPEC.matcher(spec).matches();
    }

    public static List<CatalogueSet> of(ProductionPublished publication) {
        return of(publication.theme(), publication.academies(), publication.disciplines());
    }

    /** What a withdrawal names: a withdrawal that arrives before its publication does not know the disciplines. */
    public static List<CatalogueSet> of(ProductionWithdrawn withdrawal) {
        return of(withdrawal.theme(), withdrawal.academies(), List.of());
    }

    private static List<CatalogueSet> of(ThemeReference theme, List<AcademyDetails> academies, List<String> disciplines) {
        Map<String, String> sets = new LinkedHashMap<>();
        if (theme != null) {
            String year = part(theme.schoolYear());
            if (!year.isEmpty()) {
                sets.put("campaign", "Par campagne");
                sets.put("campaign:" + year, "Campagne " + theme.schoolYear());
            }
            String campaign = part(theme.campaignId());
            String themeId = part(theme.themeId());
            if (!campaign.isEmpty() && !themeId.isEmpty()) {
                sets.put("theme", "Par thème");
                sets.put("theme:" + campaign, "Thèmes de la campagne " + theme.schoolYear());
                sets.put("theme:" + campaign + ":" + themeId, theme.title() == null || theme.title().isBlank() ? theme.themeId()
                        : theme.title() + " (" + theme.schoolYear() + ")");
            }
        }
        for (AcademyDetails academy : academies) {
            String code = part(academy.code());
            if (!code.isEmpty()) {
                sets.put("academy", "Par académie");
                sets.putIfAbsent("academy:" + code, "Académie de " + (academy.name() == null ? academy.code() : academy.name()));
            }
        }
        for (String discipline : disciplines) {
            String slug = slug(discipline);
            if (!slug.isEmpty()) {
                sets.put("discipline", "Par discipline");
                sets.putIfAbsent("discipline:" + slug, discipline.strip());
            }
        }
        List<CatalogueSet> list = new ArrayList<>();
        sets.forEach((spec, name) -> list.add(new CatalogueSet(spec, name)));
        return List.copyOf(list);
    }

    /** {@code Histoire-géographie} → {@code histoire-geographie}: no accents, no case, words joined by hyphens. */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** An id as a part of a spec: without its accents, and any other character a spec does not allow as {@code _}. */
    private static String part(String id) {
        return id == null ? "" : NOT_ALLOWED.matcher(MARKS.matcher(Normalizer.normalize(id.strip(), Normalizer.Form.NFD))
                .replaceAll("")).replaceAll("_");
    }
}

package fr.education.traam.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A discipline a TraAM theme may name, as the ministry names it. Themes, candidatures and productions still carry
 * disciplines as free text (ADR 29): {@link #byName} recognises what people type ("svt", "Histoire-Géographie",
 * "mathematiques") so that an export can classify what it recognises and keep the rest as plain keywords.
 */
public enum Discipline {
    LETTRES("Lettres", "Français"),
    MATHEMATIQUES("Mathématiques", "Maths"),
    HISTOIRE_GEOGRAPHIE("Histoire-géographie", "Histoire et géographie", "Histoire-géo"),
    PHILOSOPHIE("Philosophie"),
    SCIENCES_ECONOMIQUES_ET_SOCIALES("Sciences économiques et sociales", "SES"),
    SCIENCES_DE_LA_VIE_ET_DE_LA_TERRE("Sciences de la vie et de la Terre", "SVT"),
    PHYSIQUE_CHIMIE("Physique-chimie", "Sciences physiques"),
    TECHNOLOGIE("Technologie"),
    LANGUES_VIVANTES("Langues vivantes", "Langues vivantes étrangères", "LVE"),
    ANGLAIS("Anglais"),
    ALLEMAND("Allemand"),
    ESPAGNOL("Espagnol"),
    ITALIEN("Italien"),
    ARTS_PLASTIQUES("Arts plastiques"),
    EDUCATION_MUSICALE("Éducation musicale", "Musique"),
    EDUCATION_PHYSIQUE_ET_SPORTIVE("Éducation physique et sportive", "EPS"),
    ENSEIGNEMENT_MORAL_ET_CIVIQUE("Enseignement moral et civique", "EMC"),
    DOCUMENTATION("Documentation");

    private final String label;
    private final List<String> aliases;

    Discipline(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The name as a theme shows it, e.g. "Histoire-géographie". */
    public String label() {
        return label;
    }

    /** Other names people use for it ("SVT", "Maths"). */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The discipline {@code name} names, whatever its case, accents, hyphens or spacing ("histoire geographie" is
     * {@link #HISTOIRE_GEOGRAPHIE}); empty for any other text.
     */
    public static Optional<Discipline> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalised(name);
        return Arrays.stream(values())
                .filter(discipline -> Stream.concat(Stream.of(discipline.label, discipline.name()), discipline.aliases.stream())
                        .map(Discipline::normalised).anyMatch(wanted::equals))
                .findFirst();
    }

    /** Lower case, without accents, every run of anything but letters and digits one space. */
    static String normalised(String text) {
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutMarks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}

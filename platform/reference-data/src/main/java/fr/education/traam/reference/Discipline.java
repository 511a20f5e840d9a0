package fr.education.traam.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A discipline a TraAM theme, candidature or production may name, as the ministry names it: the closed list the
 * services accept (ADR 29, revised). {@link #byName} recognises what people type ("svt", "Histoire-Géographie",
 * "mathematiques"); {@link #recognise} turns a list of such names into the canonical labels the services store and
 * emit, so that "SVT" and "Sciences de la vie et de la Terre" are one discipline everywhere downstream.
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
    DOCUMENTATION("Documentation"),
    // Digital-education projects also come from these (lycée since 2019, voie professionnelle, école, cycle 3).
    SCIENCES_NUMERIQUES_ET_TECHNOLOGIE("Sciences numériques et technologie", "SNT"),
    NUMERIQUE_ET_SCIENCES_INFORMATIQUES("Numérique et sciences informatiques", "NSI"),
    ECONOMIE_ET_GESTION("Économie et gestion", "Économie-gestion", "Éco-gestion"),
    LETTRES_HISTOIRE_GEOGRAPHIE("Lettres-histoire-géographie", "Lettres-histoire"),
    ENSEIGNEMENT_DU_PREMIER_DEGRE("Enseignement du premier degré", "Premier degré", "Polyvalent", "École"),
    SCIENCES_ET_TECHNOLOGIE("Sciences et technologie"),
    SCIENCES_DE_L_INGENIEUR("Sciences de l'ingénieur", "SI"),
    HISTOIRE_DES_ARTS("Histoire des arts"),
    LANGUES_ET_CULTURES_DE_L_ANTIQUITE("Langues et cultures de l'Antiquité", "LCA", "Latin", "Grec");

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

    /**
     * What {@code names} name: the canonical labels in the order first named, each once (so "svt" and "SVT" collapse
     * into "Sciences de la vie et de la Terre"), and the names that are no discipline, stripped, each once.
     */
    public static Recognition recognise(Collection<String> names) {
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        LinkedHashSet<String> unknown = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            byName(name).ifPresentOrElse(discipline -> labels.add(discipline.label),
                    () -> unknown.add(name == null ? "" : name.strip()));
        }
        return new Recognition(List.copyOf(labels), List.copyOf(unknown));
    }

    /** Every canonical label, in the list's order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Discipline::label).toList();
    }

    /** The outcome of {@link #recognise}: canonical labels, and what was not recognised (empty when all was). */
    public record Recognition(List<String> labels, List<String> unknown) {

        public Recognition {
            labels = List.copyOf(labels);
            unknown = List.copyOf(unknown);
        }

        public boolean complete() {
            return unknown.isEmpty();
        }
    }

    /** Lower case, without accents, every run of anything but letters and digits one space. */
    static String normalised(String text) {
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutMarks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}

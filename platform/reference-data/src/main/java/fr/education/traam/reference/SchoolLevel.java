package fr.education.traam.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A school level (niveau) of the French school system, with the cycle or the track it belongs to. Services keep the
 * code ({@code CINQUIEME}); a production names its levels, its cycles follow from them.
 */
public enum SchoolLevel {
    PS("Petite section", Cycle.CYCLE_1),
    MS("Moyenne section", Cycle.CYCLE_1),
    GS("Grande section", Cycle.CYCLE_1),
    CP("Cours préparatoire", Cycle.CYCLE_2),
    CE1("Cours élémentaire 1re année", Cycle.CYCLE_2),
    CE2("Cours élémentaire 2e année", Cycle.CYCLE_2),
    CM1("Cours moyen 1re année", Cycle.CYCLE_3),
    CM2("Cours moyen 2e année", Cycle.CYCLE_3),
    SIXIEME("Sixième", Cycle.CYCLE_3),
    CINQUIEME("Cinquième", Cycle.CYCLE_4),
    QUATRIEME("Quatrième", Cycle.CYCLE_4),
    TROISIEME("Troisième", Cycle.CYCLE_4),
    SECONDE("Seconde générale et technologique", Cycle.LYCEE_GENERAL_AND_TECHNOLOGICAL),
    PREMIERE("Première générale ou technologique", Cycle.LYCEE_GENERAL_AND_TECHNOLOGICAL),
    TERMINALE("Terminale générale ou technologique", Cycle.LYCEE_GENERAL_AND_TECHNOLOGICAL),
    CAP("Certificat d'aptitude professionnelle", Cycle.LYCEE_PROFESSIONAL),
    SECONDE_PRO("Seconde professionnelle", Cycle.LYCEE_PROFESSIONAL),
    PREMIERE_PRO("Première professionnelle", Cycle.LYCEE_PROFESSIONAL),
    TERMINALE_PRO("Terminale professionnelle", Cycle.LYCEE_PROFESSIONAL);

    private final String label;
    private final Cycle cycle;

    SchoolLevel(String label, Cycle cycle) {
        this.label = label;
        this.cycle = cycle;
    }

    public String label() {
        return label;
    }

    public Cycle cycle() {
        return cycle;
    }

    public static Optional<SchoolLevel> byCode(String code) {
        return Arrays.stream(values()).filter(level -> level.name().equals(code)).findFirst();
    }

    /** The cycles and tracks of the school system, from the école maternelle to the lycée. */
    public enum Cycle {
        CYCLE_1("Cycle 1 : apprentissages premiers"),
        CYCLE_2("Cycle 2 : apprentissages fondamentaux"),
        CYCLE_3("Cycle 3 : consolidation"),
        CYCLE_4("Cycle 4 : approfondissements"),
        LYCEE_GENERAL_AND_TECHNOLOGICAL("Lycée général et technologique"),
        LYCEE_PROFESSIONAL("Lycée professionnel");

        private final String label;

        Cycle(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public List<SchoolLevel> levels() {
            return Arrays.stream(SchoolLevel.values()).filter(level -> level.cycle == this).toList();
        }
    }
}

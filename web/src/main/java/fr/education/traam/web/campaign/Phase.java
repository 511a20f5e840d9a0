package fr.education.traam.web.campaign;

import java.util.Arrays;

/** A campaign's phases in the order they come, as the pages name them. */
public enum Phase {
    DRAFT("En préparation"),
    CALL_OPEN("Appel à candidatures"),
    NATIONAL_SELECTION("Sélection nationale"),
    LAUNCH_PREPARATION("Préparation du lancement"),
    YEAR_ONE("Première année"),
    YEAR_TWO("Deuxième année"),
    CLOSED("Campagne close");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String labelOf(String phase) {
        return Arrays.stream(values()).filter(p -> p.name().equals(phase)).findFirst().map(Phase::label).orElse(phase);
    }
}

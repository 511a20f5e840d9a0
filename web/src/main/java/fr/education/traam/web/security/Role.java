package fr.education.traam.web.security;

import java.util.Arrays;
import java.util.Optional;

/** The platform's roles as a token's {@code roles} claim names them, and as the pages say them in French. */
public enum Role {
    DNE_EXPERT("Expert ou experte de la DNE"),
    INSPECTOR_GENERAL("Inspection générale (IGÉSR)"),
    DAN("Délégation académique au numérique (DAN)"),
    ACADEMIC_INSPECTOR("Inspection académique"),
    TEACHER("Enseignant ou enseignante"),
    CARDIE("CARDIE"),
    EDITOR("Édition ÉduNum"),
    OPERATOR("Exploitation de la plateforme");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role a claim's value names; empty for any other value, which a newer provider might send. */
    public static Optional<Role> named(String claim) {
        return Arrays.stream(values()).filter(role -> role.name().equals(claim)).findFirst();
    }

    public String label() {
        return label;
    }
}

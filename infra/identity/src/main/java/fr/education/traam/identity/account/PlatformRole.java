package fr.education.traam.identity.account;

/** The platform's roles, as a token's {@code roles} claim names them and the services check them. */
public enum PlatformRole {
    DNE_EXPERT("Expert de la DNE"),
    INSPECTOR_GENERAL("Inspecteur général (IGÉSR)"),
    DAN("Délégué académique au numérique (DAN)"),
    ACADEMIC_INSPECTOR("Inspecteur pédagogique régional"),
    TEACHER("Enseignant"),
    CARDIE("Conseiller CARDIE (innovation et expérimentation)"),
    EDITOR("Éditeur ÉduNum"),
    OPERATOR("Opérateur de la plateforme");

    private final String label;

    PlatformRole(String label) {
        this.label = label;
    }

    /** The role in French, as the demo accounts' page names it. */
    public String label() {
        return label;
    }
}

package fr.education.traam.reference.people;

/**
 * The corps of an inspector of national education. An academic group is piloted by a regional discipline inspector
 * (secondary), a vocational inspector (technical or general subjects) or a primary district inspector; an inspector of
 * information and guidance may sit in a group but not pilot it.
 */
public enum InspectorCorps {
    IA_IPR(true),
    IEN_ET(true),
    IEN_EG(true),
    IEN_PREMIER_DEGRE(true),
    IEN_IO(false);

    private final boolean mayPilot;

    InspectorCorps(boolean mayPilot) {
        this.mayPilot = mayPilot;
    }

    /** Whether an inspector of this corps may pilot an academic group (IA-IPR, IEN-ET, IEN-EG, IEN premier degré). */
    public boolean mayPilot() {
        return mayPilot;
    }
}

package fr.education.traam.productions.production;

/** The five themes of the DNE's A2RNE accessibility recommendations, in their order. */
public enum A2rneTheme {
    CONSULTATION_AND_NAVIGATION("Consultation et navigation"),
    TEXTUAL_CONTENT("Contenus textuels"),
    IMAGES_VIDEO_MULTIMEDIA("Images, vidéos et multimédia"),
    TABLES_AND_FORMS("Tableaux et formulaires"),
    CODE_AND_DRM("Code et DRM");

    private final String label;

    A2rneTheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

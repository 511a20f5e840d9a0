package fr.education.traam.reference;

/** The five domains of the CRCN (cadre de référence des compétences numériques, decree 2019-919). */
public enum CrcnDomain {
    INFORMATION_AND_DATA(1, "Information et données"),
    COMMUNICATION_AND_COLLABORATION(2, "Communication et collaboration"),
    CONTENT_CREATION(3, "Création de contenus"),
    PROTECTION_AND_SECURITY(4, "Protection et sécurité"),
    DIGITAL_ENVIRONMENT(5, "Environnement numérique");

    private final int number;
    private final String label;

    CrcnDomain(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }
}

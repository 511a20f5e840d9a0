package fr.education.traam.reference;

/**
 * The 18 régions académiques (decree 2015-1616), each grouping one or more académies; overseas, a région académique
 * is a single académie.
 */
public enum AcademicRegion {
    AUVERGNE_RHONE_ALPES("Auvergne-Rhône-Alpes"),
    BOURGOGNE_FRANCHE_COMTE("Bourgogne-Franche-Comté"),
    BRETAGNE("Bretagne"),
    CENTRE_VAL_DE_LOIRE("Centre-Val de Loire"),
    CORSE("Corse"),
    GRAND_EST("Grand Est"),
    HAUTS_DE_FRANCE("Hauts-de-France"),
    ILE_DE_FRANCE("Île-de-France"),
    NORMANDIE("Normandie"),
    NOUVELLE_AQUITAINE("Nouvelle-Aquitaine"),
    OCCITANIE("Occitanie"),
    PAYS_DE_LA_LOIRE("Pays de la Loire"),
    PROVENCE_ALPES_COTE_D_AZUR("Provence-Alpes-Côte d'Azur"),
    GUADELOUPE("Guadeloupe"),
    MARTINIQUE("Martinique"),
    GUYANE("Guyane"),
    LA_REUNION("La Réunion"),
    MAYOTTE("Mayotte");

    private final String label;

    AcademicRegion(String label) {
        this.label = label;
    }

    /** The name as the ministry writes it, e.g. {@code Provence-Alpes-Côte d'Azur}. */
    public String label() {
        return label;
    }
}

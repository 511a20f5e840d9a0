package fr.education.traam.candidatures.reference;

import fr.education.traam.contract.candidatures.AcademyDetails;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 30 académies, keyed by their ministry code, the value of a token's {@code academy} claim. An enum
 * rather than configuration: the list changes only by decree, and every rule that scopes a DAN to an
 * académie needs it to be total.
 */
public enum Academy {
    CLERMONT_FERRAND("06", "Clermont-Ferrand", "Auvergne-Rhône-Alpes"),
    GRENOBLE("08", "Grenoble", "Auvergne-Rhône-Alpes"),
    LYON("10", "Lyon", "Auvergne-Rhône-Alpes"),
    BESANCON("03", "Besançon", "Bourgogne-Franche-Comté"),
    DIJON("07", "Dijon", "Bourgogne-Franche-Comté"),
    RENNES("14", "Rennes", "Bretagne"),
    ORLEANS_TOURS("18", "Orléans-Tours", "Centre-Val de Loire"),
    CORSE("27", "Corse", "Corse"),
    NANCY_METZ("12", "Nancy-Metz", "Grand Est"),
    REIMS("19", "Reims", "Grand Est"),
    STRASBOURG("15", "Strasbourg", "Grand Est"),
    AMIENS("20", "Amiens", "Hauts-de-France"),
    LILLE("09", "Lille", "Hauts-de-France"),
    CRETEIL("24", "Créteil", "Île-de-France"),
    PARIS("01", "Paris", "Île-de-France"),
    VERSAILLES("25", "Versailles", "Île-de-France"),
    NORMANDIE("70", "Normandie", "Normandie"),
    BORDEAUX("04", "Bordeaux", "Nouvelle-Aquitaine"),
    LIMOGES("22", "Limoges", "Nouvelle-Aquitaine"),
    POITIERS("13", "Poitiers", "Nouvelle-Aquitaine"),
    MONTPELLIER("11", "Montpellier", "Occitanie"),
    TOULOUSE("16", "Toulouse", "Occitanie"),
    NANTES("17", "Nantes", "Pays de la Loire"),
    AIX_MARSEILLE("02", "Aix-Marseille", "Provence-Alpes-Côte d'Azur"),
    NICE("23", "Nice", "Provence-Alpes-Côte d'Azur"),
    GUADELOUPE("32", "Guadeloupe", "Guadeloupe"),
    MARTINIQUE("31", "Martinique", "Martinique"),
    GUYANE("33", "Guyane", "Guyane"),
    LA_REUNION("28", "La Réunion", "La Réunion"),
    MAYOTTE("43", "Mayotte", "Mayotte");

    private final String code;
    private final String label;
    private final String region;

    Academy(String code, String label, String region) {
        this.code = code;
        this.label = label;
        this.region = region;
    }

    /** The académie whose ministry code is {@code code} ({@code 10} is Lyon); empty for any other text. */
    public static Optional<Academy> byCode(String code) {
        return Arrays.stream(values()).filter(academy -> academy.code.equals(code)).findFirst();
    }

    /** The ministry code, e.g. {@code 25} for Versailles. */
    public String code() {
        return code;
    }

    /** The name as the ministry writes it, e.g. {@code Orléans-Tours}. */
    public String label() {
        return label;
    }

    /** The région académique the académie belongs to. */
    public String region() {
        return region;
    }

    public AcademyDetails toContract() {
        return new AcademyDetails(code, label);
    }
}

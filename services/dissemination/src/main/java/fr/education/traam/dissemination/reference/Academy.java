package fr.education.traam.dissemination.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 30 académies, keyed by their ministry code (the value of a token's {@code academy} claim). The same list as
 * the candidatures service's: a service keeps what it needs locally rather than asking another one, and this list
 * changes only by decree.
 */
public enum Academy {
    CLERMONT_FERRAND("06", "Clermont-Ferrand"),
    GRENOBLE("08", "Grenoble"),
    LYON("10", "Lyon"),
    BESANCON("03", "Besançon"),
    DIJON("07", "Dijon"),
    RENNES("14", "Rennes"),
    ORLEANS_TOURS("18", "Orléans-Tours"),
    CORSE("27", "Corse"),
    NANCY_METZ("12", "Nancy-Metz"),
    REIMS("19", "Reims"),
    STRASBOURG("15", "Strasbourg"),
    AMIENS("20", "Amiens"),
    LILLE("09", "Lille"),
    CRETEIL("24", "Créteil"),
    PARIS("01", "Paris"),
    VERSAILLES("25", "Versailles"),
    NORMANDIE("70", "Normandie"),
    BORDEAUX("04", "Bordeaux"),
    LIMOGES("22", "Limoges"),
    POITIERS("13", "Poitiers"),
    MONTPELLIER("11", "Montpellier"),
    TOULOUSE("16", "Toulouse"),
    NANTES("17", "Nantes"),
    AIX_MARSEILLE("02", "Aix-Marseille"),
    NICE("23", "Nice"),
    GUADELOUPE("32", "Guadeloupe"),
    MARTINIQUE("31", "Martinique"),
    GUYANE("33", "Guyane"),
    LA_REUNION("28", "La Réunion"),
    MAYOTTE("43", "Mayotte");

    private final String code;
    private final String label;

    Academy(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The académie whose ministry code is {@code code}; empty for any other text. */
    public static Optional<Academy> byCode(String code) {
        return Arrays.stream(values()).filter(academy -> academy.code.equals(code)).findFirst();
    }

    /** The name of the académie with ministry code {@code code}, or the code itself when it is none of the 30. */
    public static String nameOf(String code) {
        return byCode(code).map(Academy::label).orElse(code);
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}

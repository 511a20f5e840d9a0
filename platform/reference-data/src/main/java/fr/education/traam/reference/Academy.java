package fr.education.traam.reference;

import fr.education.traam.contract.candidatures.AcademyDetails;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static fr.education.traam.reference.AcademicRegion.*;

/**
 * The 30 académies, keyed by their ministry code, the value of a token's {@code academy} claim and of every
 * {@code academy} field of the events. An enum rather than configuration: the list changes only by decree, and
 * every rule that scopes a DAN to an académie needs it to be total.
 */
public enum Academy {
    CLERMONT_FERRAND("06", "Clermont-Ferrand", AUVERGNE_RHONE_ALPES),
    GRENOBLE("08", "Grenoble", AUVERGNE_RHONE_ALPES),
    LYON("10", "Lyon", AUVERGNE_RHONE_ALPES),
    BESANCON("03", "Besançon", BOURGOGNE_FRANCHE_COMTE),
    DIJON("07", "Dijon", BOURGOGNE_FRANCHE_COMTE),
    RENNES("14", "Rennes", BRETAGNE),
    ORLEANS_TOURS("18", "Orléans-Tours", CENTRE_VAL_DE_LOIRE),
    CORSE("27", "Corse", AcademicRegion.CORSE),
    NANCY_METZ("12", "Nancy-Metz", GRAND_EST),
    REIMS("19", "Reims", GRAND_EST),
    STRASBOURG("15", "Strasbourg", GRAND_EST),
    AMIENS("20", "Amiens", HAUTS_DE_FRANCE),
    LILLE("09", "Lille", HAUTS_DE_FRANCE),
    CRETEIL("24", "Créteil", ILE_DE_FRANCE),
    PARIS("01", "Paris", ILE_DE_FRANCE),
    VERSAILLES("25", "Versailles", ILE_DE_FRANCE),
    NORMANDIE("70", "Normandie", AcademicRegion.NORMANDIE),
    BORDEAUX("04", "Bordeaux", NOUVELLE_AQUITAINE),
    LIMOGES("22", "Limoges", NOUVELLE_AQUITAINE),
    POITIERS("13", "Poitiers", NOUVELLE_AQUITAINE),
    MONTPELLIER("11", "Montpellier", OCCITANIE),
    TOULOUSE("16", "Toulouse", OCCITANIE),
    NANTES("17", "Nantes", PAYS_DE_LA_LOIRE),
    AIX_MARSEILLE("02", "Aix-Marseille", PROVENCE_ALPES_COTE_D_AZUR),
    NICE("23", "Nice", PROVENCE_ALPES_COTE_D_AZUR),
    GUADELOUPE("32", "Guadeloupe", AcademicRegion.GUADELOUPE),
    MARTINIQUE("31", "Martinique", AcademicRegion.MARTINIQUE),
    GUYANE("33", "Guyane", AcademicRegion.GUYANE),
    LA_REUNION("28", "La Réunion", AcademicRegion.LA_REUNION),
    MAYOTTE("43", "Mayotte", AcademicRegion.MAYOTTE);

    private final String code;
    private final String label;
    private final AcademicRegion region;

    Academy(String code, String label, AcademicRegion region) {
        this.code = code;
        this.label = label;
        this.region = region;
    }

    /** The académie whose ministry code is {@code code} ({@code 10} is Lyon); empty for any other text. */
    public static Optional<Academy> byCode(String code) {
        return Arrays.stream(values()).filter(academy -> academy.code.equals(code)).findFirst();
    }

    /** The name of the académie with ministry code {@code code}, or the code itself when it is none of the 30. */
    public static String nameOf(String code) {
        return byCode(code).map(Academy::label).orElse(code);
    }

    /**
     * An académie's name after "de", as French writes it: "de Lyon", "d'Amiens" (elided before a vowel), for "l'académie
     * de Lyon" and its like in mails, news and posts.
     */
    public static String ofName(String name) {
        return !name.isEmpty() && "AEIOUYÀÂÉÈÊËÎÏÔÙÛÜ".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "d'" + name : "de " + name;
    }

    /** The académies of one région académique, in this list's order. */
    public static List<Academy> of(AcademicRegion region) {
        return Arrays.stream(values()).filter(academy -> academy.region == region).toList();
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
    public AcademicRegion region() {
        return region;
    }

    /** The académie as events name it: its code and its name. */
    public AcademyDetails details() {
        return new AcademyDetails(code, label);
    }
}

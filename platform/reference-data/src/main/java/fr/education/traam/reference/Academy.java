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
    CLERMONT_FERRAND("06", "Clermont-Ferrand", AUVERGNE_RHONE_ALPES, "ac-clermont.fr"),
    GRENOBLE("08", "Grenoble", AUVERGNE_RHONE_ALPES, "ac-grenoble.fr"),
    LYON("10", "Lyon", AUVERGNE_RHONE_ALPES, "ac-lyon.fr"),
    BESANCON("03", "Besançon", BOURGOGNE_FRANCHE_COMTE, "ac-besancon.fr"),
    DIJON("07", "Dijon", BOURGOGNE_FRANCHE_COMTE, "ac-dijon.fr"),
    RENNES("14", "Rennes", BRETAGNE, "ac-rennes.fr"),
    ORLEANS_TOURS("18", "Orléans-Tours", CENTRE_VAL_DE_LOIRE, "ac-orleans-tours.fr"),
    CORSE("27", "Corse", AcademicRegion.CORSE, "ac-corse.fr"),
    NANCY_METZ("12", "Nancy-Metz", GRAND_EST, "ac-nancy-metz.fr"),
    REIMS("19", "Reims", GRAND_EST, "ac-reims.fr"),
    STRASBOURG("15", "Strasbourg", GRAND_EST, "ac-strasbourg.fr"),
    AMIENS("20", "Amiens", HAUTS_DE_FRANCE, "ac-amiens.fr"),
    LILLE("09", "Lille", HAUTS_DE_FRANCE, "ac-lille.fr"),
    CRETEIL("24", "Créteil", ILE_DE_FRANCE, "ac-creteil.fr"),
    PARIS("01", "Paris", ILE_DE_FRANCE, "ac-paris.fr"),
    VERSAILLES("25", "Versailles", ILE_DE_FRANCE, "ac-versailles.fr"),
    NORMANDIE("70", "Normandie", AcademicRegion.NORMANDIE, "ac-normandie.fr"),
    BORDEAUX("04", "Bordeaux", NOUVELLE_AQUITAINE, "ac-bordeaux.fr"),
    LIMOGES("22", "Limoges", NOUVELLE_AQUITAINE, "ac-limoges.fr"),
    POITIERS("13", "Poitiers", NOUVELLE_AQUITAINE, "ac-poitiers.fr"),
    MONTPELLIER("11", "Montpellier", OCCITANIE, "ac-montpellier.fr"),
    TOULOUSE("16", "Toulouse", OCCITANIE, "ac-toulouse.fr"),
    NANTES("17", "Nantes", PAYS_DE_LA_LOIRE, "ac-nantes.fr"),
    AIX_MARSEILLE("02", "Aix-Marseille", PROVENCE_ALPES_COTE_D_AZUR, "ac-aix-marseille.fr"),
    NICE("23", "Nice", PROVENCE_ALPES_COTE_D_AZUR, "ac-nice.fr"),
    GUADELOUPE("32", "Guadeloupe", AcademicRegion.GUADELOUPE, "ac-guadeloupe.fr"),
    MARTINIQUE("31", "Martinique", AcademicRegion.MARTINIQUE, "ac-martinique.fr"),
    GUYANE("33", "Guyane", AcademicRegion.GUYANE, "ac-guyane.fr"),
    LA_REUNION("28", "La Réunion", AcademicRegion.LA_REUNION, "ac-reunion.fr"),
    MAYOTTE("43", "Mayotte", AcademicRegion.MAYOTTE, "ac-mayotte.fr");

    private final String code;
    private final String label;
    private final AcademicRegion region;
    private final String domain;

    Academy(String code, String label, AcademicRegion region, String domain) {
        this.code = code;
        this.label = label;
        this.region = region;
        this.domain = domain;
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

    /**
     * The académie's mail domain, e.g. {@code ac-lyon.fr}, {@code ac-clermont.fr} (not always its name: Clermont-Ferrand's
     * and La Réunion's are shorter), where its staff's professional addresses live.
     */
    public String domain() {
        return domain;
    }

    /** The académie as events name it: its code and its name. */
    public AcademyDetails details() {
        return new AcademyDetails(code, label);
    }
}

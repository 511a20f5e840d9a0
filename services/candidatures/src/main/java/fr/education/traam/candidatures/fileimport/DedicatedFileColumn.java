package fr.education.traam.candidatures.fileimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the dedicated file, one row per project. Rows of the same theme make one candidature: their
 * projects are its projects, their teachers are united, and the inspector, referent and CARDIE cells must agree.
 * Lists inside a cell are separated by {@code ;}. Each column has a length limit, a cell beyond it is refused.
 */
public enum DedicatedFileColumn {
    THEME_ID("theme_id", 100, "the theme's id, as GET /api/campaigns/{id}/themes gives it", "ia-et-ecriture"),
    KIND("kind", 20, "APPLICATION (first-year theme; the default when empty), CONTINUATION or NEW_ENTRY (second-year theme)",
            "APPLICATION"),
    PROJECT_TITLE("project_title", 300, "the project's title", "Écrire avec l'IA au collège"),
    PROJECT_SUMMARY("project_summary", 5000, "what the pupils and teachers will do",
            "Les élèves comparent leurs textes à ceux d'une IA générative et les révisent."),
    DISCIPLINES("disciplines", 1000, "disciplines involved, separated by ;", "Lettres; Philosophie"),
    SCHOOL_LEVELS("school_levels", 100, "PREMIER_DEGRE and/or SECOND_DEGRE, separated by ;", "SECOND_DEGRE"),
    CRCN_COMPETENCES("crcn_competences", 200, "CRCN competence codes (1.1 to 5.2), separated by ;", "2.3; 3.1"),
    INSPECTOR_NAME("inspector_name", 200, "the piloting inspector", "Hélène Robert"),
    INSPECTOR_EMAIL("inspector_email", 254, "the piloting inspector's professional address", "helene.robert@ac-lyon.fr"),
    INSPECTOR_CORPS("inspector_corps", 20, "IA_IPR, IEN_ET, IEN_EG or IEN_PREMIER_DEGRE", "IA_IPR"),
    TEACHERS("teachers", 5000, "teachers who work in class, as Name <address>, separated by ;",
            "Paul Martin <paul.martin@ac-lyon.fr>; Inès Benali <ines.benali@ac-lyon.fr>; Marc Petit <marc.petit@ac-lyon.fr>"),
    REFERENT_NAME("referent_name", 200, "the referent teacher", "Sophie Durand"),
    REFERENT_EMAIL("referent_email", 254, "the referent teacher's professional address", "sophie.durand@ac-lyon.fr"),
    CARDIE_NAME("cardie_name", 200, "the CARDIE representative", "Luc Moreau"),
    CARDIE_EMAIL("cardie_email", 254, "the CARDIE representative's professional address", "luc.moreau@ac-lyon.fr");

    private final String header;
    private final int maxLength;
    private final String description;
    private final String example;

    DedicatedFileColumn(String header, int maxLength, String description, String example) {
        this.header = header;
        this.maxLength = maxLength;
        this.description = description;
        this.example = example;
    }

    /** The column whose header is {@code name}, whatever its case and surrounding spaces. */
    public static Optional<DedicatedFileColumn> byHeader(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.header.equals(wanted)).findFirst();
    }

    public String header() {
        return header;
    }

    /** The longest cell accepted, in characters. */
    public int maxLength() {
        return maxLength;
    }

    public String description() {
        return description;
    }

    /** The template's example value. */
    public String example() {
        return example;
    }
}

package fr.education.traam.journey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an académie's DAN sends to apply to a theme: the form's body, or the dedicated file (CSV, one row per
 * project) as a spreadsheet exports it.
 */
final class Applications {

    record Candidature(String campaignId, String themeId, List<Project> projects, Team team) {
    }

    record Project(String title, String summary, List<String> disciplines, List<String> schoolLevels,
                   List<String> crcnCompetences) {
    }

    record Team(Inspector inspector, List<Member> teachers, Member referent, Member cardie) {
    }

    record Inspector(String name, String email, String corps) {
    }

    record Member(String name, String email) {
    }

    private static final List<String> FILE_COLUMNS = List.of("theme_id", "kind", "project_title", "project_summary",
            "disciplines", "school_levels", "crcn_competences", "inspector_name", "inspector_email", "inspector_corps",
            "teachers", "referent_name", "referent_email", "cardie_name", "cardie_email");

    private Applications() {
    }

    /** A candidature by form: one project, carried by the académie's academic group of five. */
    static Candidature byForm(Academy academy, String campaignId, String themeId) {
        return new Candidature(campaignId, themeId,
                List.of(new Project("Écrire avec l'IA en " + academy.name(),
                        "Les élèves de " + academy.name() + " comparent leurs textes à ceux d'une IA.",
                        List.of("Lettres"), List.of("SECOND_DEGRE"), List.of("2.3", "3.1"))),
                new Team(new Inspector("Hélène Robert", academy.address("helene.robert"), "IA_IPR"),
                        teachers(academy),
                        new Member("Sophie Durand", academy.address("sophie.durand")),
                        new Member("Luc Moreau", academy.address("luc.moreau"))));
    }

    /**
     * The académie's dedicated file in CSV, separated by {@code ;}: two projects for the theme, the same group
     * cells on both rows, each row with its teachers. Every cell is quoted, as spreadsheets do for a cell that holds
     * the separator (the teachers' cell does).
     */
    static byte[] dedicatedFile(Academy academy, String themeId) {
        List<Member> teachers = teachers(academy);
        List<List<String>> rows = List.of(
                fileRow(academy, themeId, "Atelier d'écriture augmentée", "Les élèves réécrivent un texte produit par une IA.",
                        teachers.subList(0, 2)),
                fileRow(academy, themeId, "Journal du lycée et IA", "La rédaction du journal compare ses articles à ceux d'une IA.",
                        teachers.subList(1, 3)));
        return Stream.concat(Stream.of(FILE_COLUMNS), rows.stream())
                .map(cells -> cells.stream().map(Applications::quoted).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", "", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> fileRow(Academy academy, String themeId, String title, String summary,
                                        List<Member> teachers) {
        return List.of(themeId, "APPLICATION", title, summary, "Lettres; Philosophie", "SECOND_DEGRE", "2.3; 3.1",
                "Hélène Robert", academy.address("helene.robert"), "IA_IPR",
                teachers.stream().map(t -> t.name() + " <" + t.email() + ">").collect(Collectors.joining("; ")),
                "Sophie Durand", academy.address("sophie.durand"),
                "Luc Moreau", academy.address("luc.moreau"));
    }

    private static List<Member> teachers(Academy academy) {
        return List.of(new Member("Paul Martin", academy.address("paul.martin")),
                new Member("Inès Benali", academy.address("ines.benali")),
                new Member("Marc Petit", academy.address("marc.petit")));
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}

package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

import java.util.List;

/**
 * An académie's dedicated file was accepted whole: its candidatures now are the file's rows, one candidature per
 * theme ({@code themes}, with how many projects each holds), and the themes of its previous file that this one
 * leaves out were withdrawn ({@code withdrawnThemeIds}). The candidatures' own events tell each change in detail.
 */
public record AcademicSelectionFiled(
        String importId,
        String campaignId,
        AcademyDetails academy,
        List<FiledTheme> themes,
        List<String> withdrawnThemeIds,
        int rows,
        String filedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return importId;
    }

    /** A theme of the file: the candidature it made or revised and how many projects (rows) it holds. */
    public record FiledTheme(String themeId, String candidatureId, int projects) {
    }
}

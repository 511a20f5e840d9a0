package fr.education.traam.dissemination.newsletter;

import fr.education.traam.contract.dissemination.EditionLineKind;

/**
 * What an edition line follows: a discipline, or a theme of a campaign. {@code discipline} is set for the
 * first, {@code campaignId}, {@code themeId} and {@code themeTitle} for the second.
 */
public record LineSubject(EditionLineKind kind, String discipline, String campaignId, String themeId, String themeTitle) {

    public static LineSubject discipline(String discipline) {
        return new LineSubject(EditionLineKind.DISCIPLINE, discipline, null, null, null);
    }

    public static LineSubject theme(String campaignId, String themeId, String themeTitle) {
        return new LineSubject(EditionLineKind.THEME, null, campaignId, themeId, themeTitle);
    }

    public EditionLineId lineId() {
        return kind == EditionLineKind.DISCIPLINE ? EditionLineId.forDiscipline(discipline) : EditionLineId.forTheme(campaignId, themeId);
    }

    /** The line's name as readers see it: "ÉduNum Mathématiques", "ÉduNum thématique – IA et écriture". */
    public String lineTitle() {
        return kind == EditionLineKind.DISCIPLINE ? "ÉduNum " + discipline : "ÉduNum thématique – " + themeTitle;
    }
}

package fr.education.traam.dissemination.campaign;

import fr.education.traam.contract.campaigns.ThemeDetails;

import java.util.List;

/** A theme as the newsletter needs it: what to call it and which disciplines' lines it concerns. */
public record Theme(String id, String title, List<String> disciplines) {

    public Theme {
        disciplines = List.copyOf(disciplines);
    }

    static Theme of(ThemeDetails details) {
        return new Theme(details.themeId(), details.title(), details.disciplines());
    }
}

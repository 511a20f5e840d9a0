package fr.education.traam.candidatures.selection.application;

import fr.education.traam.campaignview.Theme;
import fr.education.traam.candidatures.selection.Applicant;
import fr.education.traam.candidatures.selection.NationalSelection;

import java.util.List;

/** What the theme's experts work from: the selection as it stands, the theme, and the académies that applied. */
public record SelectionSheet(NationalSelection selection, Theme theme, List<Applicant> applicants) {

    public SelectionSheet {
        applicants = List.copyOf(applicants);
    }
}

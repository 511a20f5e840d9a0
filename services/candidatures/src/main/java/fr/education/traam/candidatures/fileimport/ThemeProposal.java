package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.Proposal;

/** The rows of one theme in a valid file, made into the proposal of the académie's candidature for it. */
public record ThemeProposal(ThemeId themeId, int firstRow, Proposal proposal) {

    /** The rows of the file for this theme: one per project. */
    public int rows() {
        return proposal.projects().size();
    }
}

package fr.education.traam.candidatures.fileimport;

import fr.education.traam.candidatures.candidature.CandidatureId;

/**
 * A theme of a validated file as stored before it is applied: the proposal the rows make and, once applied, the
 * candidature that now holds it and whether applying created it (rather than revising the académie's own). Stored so that applying can resume after a crash without the file.
 */
public record FiledTheme(ImportId importId, ThemeProposal proposal, CandidatureId appliedAs, boolean created) {

    public boolean applied() {
        return appliedAs != null;
    }
}

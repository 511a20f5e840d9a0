package fr.education.traam.candidatures.selection;

import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.contract.candidatures.YearOneCheck;

import java.time.Instant;

/**
 * What the experts decided for one académie's candidature, and why. {@code rationale} is absent only for an
 * applicant the experts left undecided, not retained at publication; {@code yearOne} is set for continuations.
 */
public record Decision(
        Academy academy,
        CandidatureId candidatureId,
        CandidatureKind kind,
        SelectionDecision decision,
        String rationale,
        YearOneCheck yearOne,
        String decidedBy,
        Instant decidedAt) {

    public boolean selected() {
        return decision == SelectionDecision.SELECTED;
    }

    public boolean continuation() {
        return kind == CandidatureKind.CONTINUATION;
    }
}

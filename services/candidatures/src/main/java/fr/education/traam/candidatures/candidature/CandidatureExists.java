package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.DomainProblem;

/** The académie already has a live candidature for this theme: it revises that one, or withdraws it first. */
public class CandidatureExists extends DomainProblem {

    public CandidatureExists(Slot slot, CandidatureId existing) {
        super(Kind.CONFLICT, "candidature-exists", "académie " + slot.academy().code() + " already has candidature "
                + existing + " for theme " + slot.themeId() + " of campaign " + slot.campaignId());
    }
}

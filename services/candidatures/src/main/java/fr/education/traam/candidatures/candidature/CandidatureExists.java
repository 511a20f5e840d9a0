package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.Refused;

/** The académie already has a live candidature for this theme: it revises that one, or withdraws it first. */
public class CandidatureExists extends Refused {

    public CandidatureExists(Slot slot, CandidatureId existing) {
        super(CandidatureRefusal.CANDIDATURE_EXISTS, "académie " + slot.academy().code() + " already has candidature "
                + existing + " for theme " + slot.themeId() + " of campaign " + slot.campaignId());
    }
}

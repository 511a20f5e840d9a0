package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

/** An académie withdrew its candidature to a theme while the call was open; it may apply again. */
public record CandidatureWithdrawn(
        String candidatureId,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        String withdrawnBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return candidatureId;
    }
}

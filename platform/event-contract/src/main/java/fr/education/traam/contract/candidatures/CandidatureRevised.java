package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

import java.util.List;

/** A candidature changed while the call was open; {@code kind}, {@code source} and {@code projects} are its whole new state. */
public record CandidatureRevised(
        String candidatureId,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        CandidatureKind kind,
        CandidatureSource source,
        String importId,
        List<ProjectDetails> projects,
        String revisedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return candidatureId;
    }
}

package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

import java.util.List;

/**
 * An académie applied to a theme of a campaign with one or more projects (the dedicated file has one row per
 * project; the rows of one theme make one candidature). {@code importId} names the dedicated-file import the
 * candidature came from, and is null when the DAN used the form. The proposed team is not carried: it is
 * personal data no consumer needs before the national selection.
 */
public record CandidatureSubmitted(
        String candidatureId,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        CandidatureKind kind,
        CandidatureSource source,
        String importId,
        List<ProjectDetails> projects,
        String submittedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return candidatureId;
    }
}

package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

/**
 * The published national selection of a theme did not retain an académie that applied to it. No personal data;
 * {@code rationale} is absent when the experts recorded none.
 */
public record AcademyNotRetained(
        String selectionId,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        String candidatureId,
        CandidatureKind kind,
        String rationale) implements TraamEvent {

    @Override
    public String aggregateId() {
        return selectionId;
    }
}

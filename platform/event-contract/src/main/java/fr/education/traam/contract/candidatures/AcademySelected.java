package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

/**
 * The published national selection of a theme retained an académie, with the experts' rationale. Version 2 carries no
 * team: the groups service receives the selected teams by {@link SelectedTeamsTransmitted}, on a restricted topic
 * (ADR 22). {@code yearOne} is present for continuations only.
 */
public record AcademySelected(
        String selectionId,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        String candidatureId,
        CandidatureKind kind,
        String rationale,
        YearOneCheck yearOne) implements TraamEvent {

    @Override
    public String aggregateId() {
        return selectionId;
    }
}

package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

/**
 * A published national selection was corrected for one académie, by an explicit amendment of the theme's
 * experts: the decision went from {@code from} to {@code to}, for the stated rationale. Version 2 carries no team:
 * the selected teams as they now stand go to the groups service by {@link SelectedTeamsTransmitted}, on a restricted
 * topic (ADR 22).
 */
public record SelectionAmended(
        String selectionId,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        String candidatureId,
        CandidatureKind kind,
        SelectionDecision from,
        SelectionDecision to,
        String rationale,
        YearOneCheck yearOne,
        String amendedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return selectionId;
    }
}

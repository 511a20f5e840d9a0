package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

/**
 * A published national selection was corrected for one académie, by an explicit amendment of the theme's
 * experts: the decision went from {@code from} to {@code to}. When {@code to} is {@code SELECTED} the event
 * carries the académie's team as {@link AcademySelected} does (personal data); otherwise it has none.
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
        AcademicTeam team,
        String amendedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return selectionId;
    }
}

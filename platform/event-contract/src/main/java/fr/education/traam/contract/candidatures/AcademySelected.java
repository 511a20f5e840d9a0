package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;

/**
 * The published national selection of a theme retained an académie. Carries the académie's team, which the
 * groups service needs to form the national and academic groups: personal data (see {@link AcademicTeam}).
 * {@code yearOne} is present for continuations only.
 */
public record AcademySelected(
        String selectionId,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        String candidatureId,
        CandidatureKind kind,
        String rationale,
        YearOneCheck yearOne,
        AcademicTeam team) implements TraamEvent {

    @Override
    public String aggregateId() {
        return selectionId;
    }
}

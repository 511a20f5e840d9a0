package fr.education.traam.contract.campaigns;

import fr.education.traam.contract.TraamEvent;

import java.time.LocalDate;

/**
 * A campaign entered its next phase. {@code to = CALL_OPEN} is the opening of the call for
 * applications; {@code advancedBy} is null when the calendar moved it.
 */
public record CampaignPhaseAdvanced(
        String campaignId,
        String schoolYear,
        String title,
        CampaignPhase from,
        CampaignPhase to,
        LocalDate effectiveOn,
        AdvanceTrigger trigger,
        String advancedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return campaignId;
    }
}

package fr.education.traam.contract.campaigns;

import fr.education.traam.contract.TraamEvent;

/** The dates of phases not yet reached moved; {@code calendar} is the whole new calendar. */
public record CampaignRescheduled(String campaignId, CampaignCalendar calendar, String rescheduledBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return campaignId;
    }
}

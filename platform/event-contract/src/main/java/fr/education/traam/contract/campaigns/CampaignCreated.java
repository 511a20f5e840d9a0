package fr.education.traam.contract.campaigns;

import fr.education.traam.contract.TraamEvent;

import java.util.List;

/** A campaign was drafted for a school year, with its calendar and the themes known so far. */
public record CampaignCreated(
        String campaignId,
        String schoolYear,
        String title,
        CampaignCalendar calendar,
        List<ThemeDetails> themes,
        String createdBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return campaignId;
    }
}

package fr.education.traam.contract.campaigns;

import fr.education.traam.contract.TraamEvent;

/** A theme joined a campaign that has not yet opened its call. */
public record ThemeAdded(String campaignId, ThemeDetails theme, String addedBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return campaignId;
    }
}

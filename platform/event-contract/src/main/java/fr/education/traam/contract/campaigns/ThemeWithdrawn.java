package fr.education.traam.contract.campaigns;

import fr.education.traam.contract.TraamEvent;

/** A theme left a campaign before its call opened. */
public record ThemeWithdrawn(String campaignId, String themeId, String withdrawnBy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return campaignId;
    }
}

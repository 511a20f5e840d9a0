package fr.education.traam.campaigns.campaign;

import fr.education.traam.kit.domain.Refused;

/** No campaign has this id. */
public class CampaignNotFound extends Refused {

    public CampaignNotFound(CampaignId id) {
        super(CampaignRefusal.CAMPAIGN_NOT_FOUND, "no campaign " + id);
    }
}

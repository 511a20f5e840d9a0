package fr.education.traam.campaigns.campaign.application;

import fr.education.traam.campaigns.campaign.Campaign;
import fr.education.traam.campaigns.campaign.CampaignId;
import fr.education.traam.campaigns.campaign.CampaignNotFound;
import fr.education.traam.campaigns.campaign.Campaigns;
import org.springframework.stereotype.Service;

/** Reading campaigns, which anyone may: one by its id, or a page of them, the most recent school year first. */
@Service
public class ConsultingCampaigns {

    private final Campaigns campaigns;

    public ConsultingCampaigns(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public Campaign campaign(CampaignId id) {
        return campaigns.find(id).orElseThrow(() -> new CampaignNotFound(id));
    }

    public Campaigns.Page page(int page, int size) {
        return campaigns.list(page, size);
    }
}

package fr.education.traam.campaigns.campaign;

import fr.education.traam.kit.domain.DomainProblem;

/** No campaign has this id. */
public class CampaignNotFound extends DomainProblem {

    public CampaignNotFound(CampaignId id) {
        super(Kind.NOT_FOUND, "campaign-not-found", "no campaign " + id);
    }
}

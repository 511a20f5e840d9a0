package fr.education.traam.campaignview;

import fr.education.traam.kit.domain.Refusal;

/** What a service refuses for want of a campaign or a theme in its view of the campaigns. */
public enum CampaignViewRefusal implements Refusal {
    /** No campaign has this id here: unknown, or its events have not arrived yet. */
    CAMPAIGN_NOT_FOUND,
    /** The campaign has no theme with this id. */
    THEME_NOT_FOUND
}

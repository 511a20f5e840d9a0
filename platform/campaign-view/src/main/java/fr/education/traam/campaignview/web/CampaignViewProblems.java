package fr.education.traam.campaignview.web;

import fr.education.traam.campaignview.CampaignViewRefusal;
import fr.education.traam.kit.web.ProblemCatalogue;

import static fr.education.traam.kit.web.ProblemType.notFound;

/** The problems of every service that keeps the campaign view. */
public final class CampaignViewProblems {

    private CampaignViewProblems() {
    }

    public static ProblemCatalogue catalogue() {
        return ProblemCatalogue.of(CampaignViewRefusal.class, refusal -> switch (refusal) {
            case CAMPAIGN_NOT_FOUND -> notFound("campaign-not-found", "Campaign not found");
            case THEME_NOT_FOUND -> notFound("theme-not-found", "Theme not found");
        });
    }
}

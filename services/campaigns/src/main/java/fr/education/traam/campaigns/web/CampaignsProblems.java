package fr.education.traam.campaigns.web;

import fr.education.traam.campaigns.campaign.CampaignRefusal;
import fr.education.traam.kit.web.ProblemCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static fr.education.traam.kit.web.ProblemType.conflict;
import static fr.education.traam.kit.web.ProblemType.notFound;
import static fr.education.traam.kit.web.ProblemType.unprocessable;

/**
 * The campaigns service's problem catalogue: every refusal of its domain with its stable type, title and status. The
 * switch has no default, so a new refusal does not compile until it has its problem; the API docs list them all.
 */
@Configuration(proxyBeanMethods = false)
class CampaignsProblems {

    @Bean
    ProblemCatalogue campaignProblems() {
        return ProblemCatalogue.of(CampaignRefusal.class, refusal -> switch (refusal) {
            case CAMPAIGN_NOT_FOUND -> notFound("campaign-not-found", "Campaign not found");
            case THEME_NOT_FOUND -> notFound("theme-not-found", "Theme not found");
            case THEME_EXISTS -> conflict("theme-exists", "Theme exists");
            case CAMPAIGN_CLOSED -> conflict("campaign-closed", "Campaign closed");
            case PHASE_ALREADY_REACHED -> conflict("phase-already-reached", "Phase already reached");
            case INVALID_PHASE_TRANSITION -> conflict("invalid-phase-transition", "Invalid phase transition");
            case INVALID_PHASE -> conflict("invalid-phase", "Not in this phase");
            case CAMPAIGN_WITHOUT_THEMES -> unprocessable("campaign-without-themes", "Campaign without themes");
            case SCHOOL_YEAR_TAKEN -> conflict("school-year-taken", "School year taken");
            case UNKNOWN_DISCIPLINE -> unprocessable("unknown-discipline", "Unknown discipline");
        });
    }
}

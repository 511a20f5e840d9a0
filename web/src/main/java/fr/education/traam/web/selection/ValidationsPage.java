package fr.education.traam.web.selection;

import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.campaign.CampaignJson;
import fr.education.traam.web.security.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /espace/validations}: what awaits the expert on the themes they lead in the campaigns under way, read theme
 * by theme from the productions service; each links to the production's page (reading, review, publication), which
 * the writing screens serve.
 */
@Controller
class ValidationsPage {

    private final PlatformApi api;
    private final Visitors visitors;

    ValidationsPage(PlatformApi api, Visitors visitors) {
        this.api = api;
        this.visitors = visitors;
    }

    @GetMapping("/espace/validations")
    String validations(Model model) {
        String subject = visitors.current().person().subject();
        List<AwaitingValidation.Production> productions = new ArrayList<>();
        for (CampaignJson.Campaign campaign : api.get(uri -> uri.path("/api/campaigns").queryParam("size", 50).build(),
                CampaignJson.CampaignPage.class).items()) {
            if (!campaign.current() || campaign.themes() == null) {
                continue;
            }
            campaign.themes().stream()
                    .filter(theme -> theme.experts() != null && theme.experts().stream().anyMatch(e -> e.id().equals(subject)))
                    .forEach(theme -> productions.addAll(List.of(api.get(uri -> uri.path("/api/productions")
                            .queryParam("campaignId", campaign.id()).queryParam("themeId", theme.id()).build(),
                            AwaitingValidation.Production[].class))));
        }
        model.addAttribute("awaiting", AwaitingValidation.of(productions));
        return "selection/validations";
    }
}

package fr.education.traam.web.selection;

import fr.education.traam.web.api.ApiProblem;
import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.campaign.CampaignJson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Comparator;
import java.util.List;

/** A theme's groups for its experts: the national group first, then the academic ones, each with what it still lacks. */
@Controller
class ThemeGroupsPage {

    private final PlatformApi api;

    ThemeGroupsPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/espace/campagnes/{campaignId}/themes/{themeId}/groupes")
    String groups(@PathVariable String campaignId, @PathVariable String themeId, Model model) {
        CampaignJson.Campaign campaign = api.get(uri -> uri.path("/api/campaigns/{id}").build(campaignId), CampaignJson.Campaign.class);
        CampaignJson.Theme theme = campaign.themes().stream().filter(t -> t.id().equals(themeId)).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "theme-not-found", themeId));
        // Before the selection is published the groups service knows nothing of the theme: no groups, not an error.
        CampaignJson.Group[] groups = api.find(uri -> uri.path("/api/groups").queryParam("campaignId", campaignId)
                .queryParam("themeId", themeId).build(), CampaignJson.Group[].class).orElse(new CampaignJson.Group[0]);
        model.addAttribute("campaign", campaign);
        model.addAttribute("theme", theme);
        model.addAttribute("groups", ordered(List.of(groups)));
        return "selection/groups";
    }

    /** The national group first, then the académies by name. */
    static List<CampaignJson.Group> ordered(List<CampaignJson.Group> groups) {
        return groups.stream().sorted(Comparator.comparing((CampaignJson.Group g) -> !g.national())
                .thenComparing(g -> g.academy() == null ? "" : g.academy().name())).toList();
    }
}

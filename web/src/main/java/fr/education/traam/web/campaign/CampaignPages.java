package fr.education.traam.web.campaign;

import fr.education.traam.web.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The home page (the current campaign and its themes), a campaign's page (its calendar as a timeline, its themes),
 * and a theme's page (its national selection, its groups, its published productions), from the services' public
 * answers.
 */
@Controller
class CampaignPages {

    /** The calendar's dates are read in Paris, as the campaigns service reads them. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PlatformApi api;
    private final Clock clock;

    CampaignPages(PlatformApi api) {
        this.api = api;
        this.clock = Clock.system(PARIS);
    }

    @GetMapping("/")
    String home(Model model) {
        List<CampaignJson.Campaign> campaigns = campaigns();
        Optional<CampaignJson.Campaign> current = current(campaigns);
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("others", campaigns.stream().filter(c -> !"DRAFT".equals(c.phase()))
                .filter(c -> current.map(cur -> !cur.id().equals(c.id())).orElse(true)).toList());
        return "campaign/home";
    }

    @GetMapping("/campagnes/{id}")
    String campaign(@PathVariable String id, Model model) {
        CampaignJson.Campaign campaign = api.get(uri -> uri.path("/api/campaigns/{id}").build(id), CampaignJson.Campaign.class);
        model.addAttribute("campaign", campaign);
        model.addAttribute("timeline", campaign.calendar() == null ? null : Timeline.of(campaign.calendar(), campaign.phase(), LocalDate.now(clock)));
        return "campaign/campaign";
    }

    @GetMapping("/campagnes/{id}/themes/{themeId}")
    String theme(@PathVariable String id, @PathVariable String themeId, Model model) {
        CampaignJson.Campaign campaign = api.get(uri -> uri.path("/api/campaigns/{id}").build(id), CampaignJson.Campaign.class);
        CampaignJson.Theme theme = api.get(uri -> uri.path("/api/campaigns/{id}/themes/{themeId}").build(id, themeId),
                CampaignJson.Theme.class);
        model.addAttribute("campaign", campaign);
        model.addAttribute("theme", theme);
        model.addAttribute("selection", api.find(uri -> uri.path("/api/candidatures/selections/{id}/{themeId}").build(id, themeId),
                CampaignJson.Selection.class).orElse(null));
        // Before the selection the groups service knows nothing of the theme: no groups, not an error.
        CampaignJson.Group[] groups = api.find(uri -> uri.path("/api/groups").queryParam("campaignId", id)
                .queryParam("themeId", themeId).build(), CampaignJson.Group[].class).orElse(new CampaignJson.Group[0]);
        model.addAttribute("groups", List.of(groups));
        model.addAttribute("productions", api.get(uri -> uri.path("/api/productions/catalogue").queryParam("theme", themeId)
                .queryParam("schoolYear", campaign.schoolYear()).queryParam("size", 100).build(), CampaignJson.Catalogue.class));
        return "campaign/theme";
    }

    private List<CampaignJson.Campaign> campaigns() {
        return api.get(uri -> uri.path("/api/campaigns").queryParam("size", 50).build(), CampaignJson.CampaignPage.class).items();
    }

    /** The most recent campaign that is open or running (the API lists the most recent school year first). */
    static Optional<CampaignJson.Campaign> current(List<CampaignJson.Campaign> campaigns) {
        return campaigns.stream().filter(CampaignJson.Campaign::current)
                .max(Comparator.comparing(CampaignJson.Campaign::schoolYear));
    }
}

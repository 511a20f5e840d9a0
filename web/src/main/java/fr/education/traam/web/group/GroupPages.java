package fr.education.traam.web.group;

import fr.education.traam.reference.Academy;
import fr.education.traam.web.api.ApiProblem;
import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.campaign.CampaignJson;
import fr.education.traam.web.production.ProductionLabels;
import fr.education.traam.web.text.FrenchDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /espace/groupes}: the groups the person sits in (the groups service knows them by the token's address), each
 * with its theme; {@code /espace/groupes/{id}}: one group's members, the theme's work calendar, its collaboration
 * spaces and its productions, each linking to its page.
 */
@Controller
class GroupPages {

    private final PlatformApi api;
    private final FrenchDates dates;

    GroupPages(PlatformApi api, FrenchDates dates) {
        this.api = api;
        this.dates = dates;
    }

    @GetMapping("/espace/groupes")
    String groups(Model model) {
        List<GroupJson.Group> groups = List.of(api.get("/api/groups/mine", GroupJson.Group[].class));
        Map<String, CampaignJson.Campaign> campaigns = groups.stream().map(GroupJson.Group::campaignId).distinct()
                .collect(Collectors.toMap(Function.identity(), this::campaign));
        model.addAttribute("rows", groups.stream().map(g -> new Row(g.id(), name(g), themeTitle(campaigns.get(g.campaignId()), g.themeId()),
                campaigns.get(g.campaignId()).title(), g.open() ? "En cours" : "Clos")).toList());
        return "group/groups";
    }

    @GetMapping("/espace/groupes/{id}")
    String group(@PathVariable String id, Model model) {
        GroupJson.Group group = api.get(uri -> uri.path("/api/groups/{id}").build(id), GroupJson.Group.class);
        CampaignJson.Campaign campaign = campaign(group.campaignId());
        model.addAttribute("group", group);
        model.addAttribute("name", name(group));
        model.addAttribute("campaign", campaign);
        model.addAttribute("themeTitle", themeTitle(campaign, group.themeId()));
        model.addAttribute("calendar", api.find(uri -> uri.path("/api/groups/{id}/calendar").build(id), GroupJson.Calendar.class)
                .map(GroupJson.Calendar::entries).orElse(List.of()).stream()
                .map(e -> new CalendarLine(dates.day(e.date()), e.title(), e.details(), e.link())).toList());
        model.addAttribute("workspace", api.find(uri -> uri.path("/api/groups/{id}/workspace").build(id), GroupJson.Workspace.class)
                .orElse(new GroupJson.Workspace(List.of(), null)));
        model.addAttribute("productions", Arrays.stream(api.get("/api/productions", GroupJson.Production[].class))
                .filter(p -> id.equals(p.groupId()))
                .map(p -> new ProductionLine(p.id(), p.title(), ProductionLabels.kind(p.type()), ProductionLabels.status(p.status(), p.stage())))
                .toList());
        return "group/group";
    }

    /** "Le groupe national", "Le groupe de l'académie de Lyon". */
    private static String name(GroupJson.Group group) {
        return group.national() || group.academy() == null ? "Le groupe national"
                : "Le groupe de l'académie " + Academy.ofName(group.academy().name());
    }

    private CampaignJson.Campaign campaign(String campaignId) {
        return api.get(uri -> uri.path("/api/campaigns/{id}").build(campaignId), CampaignJson.Campaign.class);
    }

    private static String themeTitle(CampaignJson.Campaign campaign, String themeId) {
        return campaign.themes().stream().filter(t -> t.id().equals(themeId)).map(CampaignJson.Theme::title).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "theme-not-found", themeId));
    }

    record Row(String id, String name, String themeTitle, String campaignTitle, String stateLabel) {
    }

    record CalendarLine(String date, String title, String details, String link) {
    }

    record ProductionLine(String id, String title, String kindLabel, String statusLabel) {
    }
}

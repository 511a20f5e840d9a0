package fr.education.traam.web.selection;

import fr.education.traam.web.api.ApiAnswer;
import fr.education.traam.web.api.ApiProblem;
import fr.education.traam.web.api.FormErrors;
import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.api.Refusals;
import fr.education.traam.web.campaign.CampaignJson;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A theme's selection board for its DNE experts: the candidatures side by side, the seats, a decision form per
 * académie, taking a decision back, publishing (after a confirmation page) and amending after publication. Each form
 * sends the selection's version as {@code If-Match}; a refusal shows the board again, fresh, with the refusal in French
 * beside the form it concerns and in the summary at the top. A success redirects to the board (no state kept here).
 */
@Controller
@RequestMapping("/espace/campagnes/{campaignId}/themes/{themeId}/selection")
class SelectionBoardPage {

    /** What a success redirect says once the board is shown again. */
    static final Map<String, String> DONE = Map.of(
            "decision", "La décision est enregistrée. Elle reste un brouillon jusqu'à la publication.",
            "retrait", "La décision est retirée : l'académie est de nouveau sans décision.",
            "publication", "La sélection est publiée : chaque académie candidate est informée de sa décision.",
            "amendement", "L'amendement est enregistré et publié.");

    private final PlatformApi api;
    private final Refusals refusals;

    SelectionBoardPage(PlatformApi api, Refusals refusals) {
        this.api = api;
        this.refusals = refusals;
    }

    @GetMapping
    String board(@PathVariable String campaignId, @PathVariable String themeId, @RequestParam Optional<String> fait, Model model) {
        model.addAttribute("done", fait.map(DONE::get).orElse(null));
        return show(campaignId, themeId, FormErrors.none(), model);
    }

    @PostMapping("/decisions/{academy}")
    String decide(@PathVariable String campaignId, @PathVariable String themeId, @PathVariable String academy,
                  @RequestParam(required = false) String decision, @RequestParam(defaultValue = "") String rationale,
                  @RequestParam String version, Model model) {
        String decisionField = "decision-" + academy;
        String rationaleField = "rationale-" + academy;
        if (decision == null || rationale.isBlank()) {
            // Said here rather than by the service's English field list: both are required.
            List<FormErrors.Line> lines = new java.util.ArrayList<>();
            if (decision == null) {
                lines.add(new FormErrors.Line(decisionField, "Choisissez de retenir ou de ne pas retenir cette académie."));
            }
            if (rationale.isBlank()) {
                lines.add(new FormErrors.Line(rationaleField, "Écrivez la raison de cette décision : elle est publiée avec elle."));
            }
            model.addAttribute("typed", Map.of(rationaleField, rationale));
            return show(campaignId, themeId, new FormErrors(lines), model);
        }
        ApiAnswer answer = api.send(HttpMethod.PUT, selection(campaignId, themeId) + "/decisions/" + academy,
                new DecisionBody(decision, rationale.strip()), version);
        return after(answer, campaignId, themeId, "decision", rationaleField, Map.of(rationaleField, rationale), model);
    }

    @PostMapping("/decisions/{academy}/retrait")
    String retract(@PathVariable String campaignId, @PathVariable String themeId, @PathVariable String academy,
                   @RequestParam String version, Model model) {
        ApiAnswer answer = api.send(HttpMethod.DELETE, selection(campaignId, themeId) + "/decisions/" + academy, null, version);
        return after(answer, campaignId, themeId, "retrait", "decision-" + academy, Map.of(), model);
    }

    /** The confirmation step: what publishing will do, the seats as they stand, and who is still undecided. */
    @GetMapping("/publication")
    String confirm(@PathVariable String campaignId, @PathVariable String themeId, Model model) {
        show(campaignId, themeId, FormErrors.none(), model);
        return "selection/publication";
    }

    @PostMapping("/publication")
    String publish(@PathVariable String campaignId, @PathVariable String themeId, @RequestParam String version, Model model) {
        ApiAnswer answer = api.send(HttpMethod.POST, selection(campaignId, themeId) + "/publication", null, version);
        return after(answer, campaignId, themeId, "publication", "publier", Map.of(), model);
    }

    @PostMapping("/amendements")
    String amend(@PathVariable String campaignId, @PathVariable String themeId, @RequestParam(defaultValue = "") String academy,
                 @RequestParam(required = false) String decision, @RequestParam(defaultValue = "") String rationale,
                 @RequestParam String version, Model model) {
        List<FormErrors.Line> lines = new java.util.ArrayList<>();
        if (academy.isBlank()) {
            lines.add(new FormErrors.Line("amendment-academy", "Choisissez l'académie dont la décision change."));
        }
        if (decision == null) {
            lines.add(new FormErrors.Line("amendment-decision", "Choisissez la nouvelle décision."));
        }
        if (rationale.isBlank()) {
            lines.add(new FormErrors.Line("amendment-rationale", "Écrivez la raison de cet amendement : il est conservé avec elle."));
        }
        Map<String, String> typed = Map.of("amendment-rationale", rationale, "amendment-academy", academy);
        if (!lines.isEmpty()) {
            model.addAttribute("typed", typed);
            return show(campaignId, themeId, new FormErrors(lines), model);
        }
        ApiAnswer answer = api.send(HttpMethod.POST, selection(campaignId, themeId) + "/amendments",
                new AmendmentBody(academy, decision, rationale.strip()), version);
        return after(answer, campaignId, themeId, "amendement", "amendment-rationale", typed, model);
    }

    private String after(ApiAnswer answer, String campaignId, String themeId, String done, String field, Map<String, String> typed,
                         Model model) {
        Optional<ApiProblem> refusal = answer.refusal();
        if (refusal.isEmpty()) {
            return "redirect:/espace/campagnes/" + campaignId + "/themes/" + themeId + "/selection?fait=" + done;
        }
        ApiProblem problem = refusal.get();
        model.addAttribute("typed", typed);
        model.addAttribute("stale", Refusals.stale(problem));
        return show(campaignId, themeId, FormErrors.of(field, refusals.say(problem)), model);
    }

    private String show(String campaignId, String themeId, FormErrors errors, Model model) {
        CampaignJson.Campaign campaign = api.get(uri -> uri.path("/api/campaigns/{id}").build(campaignId), CampaignJson.Campaign.class);
        CampaignJson.Theme theme = campaign.themes().stream().filter(t -> t.id().equals(themeId)).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "theme-not-found", themeId));
        ApiAnswer sheet = api.read(selection(campaignId, themeId) + "/decisions");
        SelectionJson.Candidature[] candidatures = api.get(uri -> uri.path("/api/candidatures").queryParam("campaignId", campaignId)
                .queryParam("themeId", themeId).build(), SelectionJson.Candidature[].class);
        model.addAttribute("campaign", campaign);
        model.addAttribute("board", SelectionBoard.of(campaign.phase(), theme.title(), sheet.bodyAs(SelectionJson.Sheet.class),
                List.of(candidatures), sheet.etag().orElse(null)));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "selection/board";
    }

    private static String selection(String campaignId, String themeId) {
        return "/api/candidatures/selections/" + campaignId + "/" + themeId;
    }

    record DecisionBody(String decision, String rationale) {
    }

    record AmendmentBody(String academy, String decision, String rationale) {
    }
}

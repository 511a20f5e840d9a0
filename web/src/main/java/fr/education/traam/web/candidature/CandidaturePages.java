package fr.education.traam.web.candidature;

import fr.education.traam.web.api.ApiAnswer;
import fr.education.traam.web.api.ApiProblem;
import fr.education.traam.web.api.FormErrors;
import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.api.Refusals;
import fr.education.traam.web.campaign.CampaignJson;
import fr.education.traam.web.form.Choice;
import fr.education.traam.web.form.ReferenceChoices;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DAN's candidature for a theme: the form to apply (its projects, its team, rows added without JavaScript), the
 * candidature as submitted, revising it and withdrawing it after a confirmation step. Revising and withdrawing send
 * the version the page was read at as {@code If-Match}. A refusal shows the form again as it was sent, each refused
 * field marked in French (the API names them by path, {@link CandidatureViolations}), a rule's refusal in the summary.
 */
@Controller
@RequestMapping("/espace/candidatures")
class CandidaturePages {

    /** What a success redirect says once the candidature is shown. */
    static final Map<String, String> DONE = Map.of(
            "depot", "La candidature est déposée. Vous pouvez la modifier ou la retirer tant que l'appel est ouvert.",
            "modification", "La candidature est modifiée.",
            "retrait", "La candidature est retirée. Elle reste consultable ; l'académie peut en déposer une nouvelle pendant l'appel.");

    static final List<Choice> SCHOOL_LEVELS = List.of(new Choice("PREMIER_DEGRE", "Premier degré"),
            new Choice("SECOND_DEGRE", "Second degré"));

    static final List<Choice> CORPS = List.of(new Choice("IA_IPR", "IA-IPR"), new Choice("IEN_ET", "IEN enseignement technique"),
            new Choice("IEN_EG", "IEN enseignement général"), new Choice("IEN_PREMIER_DEGRE", "IEN du premier degré"));

    static final List<Choice> SECOND_YEAR_KINDS = List.of(
            new Choice("CONTINUATION", "Poursuite : l'académie a travaillé sur le thème de première année"),
            new Choice("NEW_ENTRY", "Nouvelle entrée : l'académie rejoint le thème en deuxième année"));

    private final PlatformApi api;
    private final Refusals refusals;
    private final CandidatureViolations violations;

    CandidaturePages(PlatformApi api, Refusals refusals, CandidatureViolations violations) {
        this.api = api;
        this.refusals = refusals;
        this.violations = violations;
    }

    @GetMapping("/nouvelle")
    String blank(@RequestParam String campaignId, @RequestParam String themeId, Model model) {
        return form(CandidatureForm.blank(campaignId, themeId), null, null, FormErrors.none(), false, model);
    }

    @PostMapping("/nouvelle")
    String submit(@ModelAttribute("form") CandidatureForm form, @RequestParam Optional<String> ajout, Model model) {
        if (ajout.isPresent()) {
            return form(added(form, ajout.get()), null, null, FormErrors.none(), false, model);
        }
        ApiAnswer answer = api.send(HttpMethod.POST, "/api/candidatures", form.submission(), null);
        if (answer.succeeded()) {
            return "redirect:/espace/candidatures/" + answer.createdId().orElseThrow() + "?fait=depot";
        }
        return refused(answer, form, null, null, model);
    }

    @GetMapping("/{id}")
    String candidature(@PathVariable String id, @RequestParam Optional<String> fait, Model model) {
        ApiAnswer read = api.read("/api/candidatures/" + id);
        CandidatureJson.Candidature candidature = read.bodyAs(CandidatureJson.Candidature.class);
        CampaignJson.Campaign campaign = campaign(candidature.campaignId());
        model.addAttribute("candidature", candidature);
        model.addAttribute("campaign", campaign);
        model.addAttribute("theme", theme(campaign, candidature.themeId()));
        model.addAttribute("changeable", candidature.live() && callOpen(campaign));
        model.addAttribute("corps", labelOrNull(CORPS, candidature.team().inspector().corps()));
        // Each project's degrees in words, "Premier degré, Second degré".
        model.addAttribute("levels", candidature.projects().stream()
                .map(p -> String.join(", ", p.schoolLevels().stream().map(level -> labelOrNull(SCHOOL_LEVELS, level)).toList())).toList());
        // Each project's competences with their names, "2.3 Collaborer".
        List<Choice> crcn = ReferenceChoices.crcn();
        model.addAttribute("competences", candidature.projects().stream()
                .map(p -> String.join(", ", p.crcnCompetences().stream().map(code -> ReferenceChoices.label(crcn, code)).toList()))
                .toList());
        model.addAttribute("kind", labelOrNull(SECOND_YEAR_KINDS, candidature.kind()));
        model.addAttribute("done", fait.map(DONE::get).orElse(null));
        return "candidature/candidature";
    }

    @GetMapping("/{id}/modifier")
    String revision(@PathVariable String id, Model model) {
        ApiAnswer read = api.read("/api/candidatures/" + id);
        CandidatureJson.Candidature candidature = read.bodyAs(CandidatureJson.Candidature.class);
        return form(CandidatureForm.of(candidature), id, read.etag().orElse(null), FormErrors.none(), false, model);
    }

    @PostMapping("/{id}/modifier")
    String revise(@PathVariable String id, @ModelAttribute("form") CandidatureForm form, @RequestParam String version,
                  @RequestParam Optional<String> ajout, Model model) {
        if (ajout.isPresent()) {
            return form(added(form, ajout.get()), id, version, FormErrors.none(), false, model);
        }
        ApiAnswer answer = api.send(HttpMethod.PUT, "/api/candidatures/" + id, form.revision(), version);
        if (answer.succeeded()) {
            return "redirect:/espace/candidatures/" + id + "?fait=modification";
        }
        return refused(answer, form, id, version, model);
    }

    /** The confirmation step: what withdrawing does, before it is done. */
    @GetMapping("/{id}/retrait")
    String confirmWithdrawal(@PathVariable String id, Model model) {
        return withdrawal(id, FormErrors.none(), false, model);
    }

    @PostMapping("/{id}/retrait")
    String withdraw(@PathVariable String id, @RequestParam String version, Model model) {
        ApiAnswer answer = api.send(HttpMethod.DELETE, "/api/candidatures/" + id, null, version);
        if (answer.succeeded()) {
            return "redirect:/espace/candidatures/" + id + "?fait=retrait";
        }
        ApiProblem problem = answer.refusal().orElseThrow();
        return withdrawal(id, FormErrors.of("retirer", refusals.say(problem)), Refusals.stale(problem), model);
    }

    private String withdrawal(String id, FormErrors errors, boolean stale, Model model) {
        ApiAnswer read = api.read("/api/candidatures/" + id);
        CandidatureJson.Candidature candidature = read.bodyAs(CandidatureJson.Candidature.class);
        CampaignJson.Campaign campaign = campaign(candidature.campaignId());
        model.addAttribute("candidature", candidature);
        model.addAttribute("version", read.etag().orElse(null));
        model.addAttribute("campaign", campaign);
        model.addAttribute("theme", theme(campaign, candidature.themeId()));
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        return "candidature/withdrawal";
    }

    private static CandidatureForm added(CandidatureForm form, String what) {
        return switch (what) {
            case "enseignant" -> form.withTeacherRow();
            case "projet" -> form.withProject();
            default -> form;
        };
    }

    /**
     * The form again after a refusal: the fields the API names marked beside them, any other refusal in the summary. A
     * stale version shows the candidature as it now stands, since what was typed was based on an older one.
     */
    private String refused(ApiAnswer answer, CandidatureForm form, String id, String version, Model model) {
        ApiProblem problem = answer.refusal().orElseThrow();
        if (Refusals.stale(problem) && id != null) {
            ApiAnswer read = api.read("/api/candidatures/" + id);
            return form(CandidatureForm.of(read.bodyAs(CandidatureJson.Candidature.class)), id, read.etag().orElse(null),
                    FormErrors.of(null, refusals.say(problem)), true, model);
        }
        List<ApiAnswer.Violation> fields = answer.violations();
        FormErrors errors = fields.isEmpty() ? FormErrors.of(null, refusals.say(problem)) : violations.say(fields);
        return form(form.sent(), id, version, errors, false, model);
    }

    private String form(CandidatureForm form, String id, String version, FormErrors errors, boolean stale, Model model) {
        CampaignJson.Campaign campaign = campaign(form.campaignId());
        CampaignJson.Theme theme = theme(campaign, form.themeId());
        model.addAttribute("form", form.shown());
        model.addAttribute("candidatureId", id);
        model.addAttribute("version", version);
        model.addAttribute("campaign", campaign);
        model.addAttribute("theme", theme);
        model.addAttribute("callOpen", callOpen(campaign));
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        model.addAttribute("kinds", theme.secondYear() ? SECOND_YEAR_KINDS : List.of());
        model.addAttribute("disciplines", ReferenceChoices.disciplines());
        model.addAttribute("crcn", ReferenceChoices.crcn());
        model.addAttribute("schoolLevels", SCHOOL_LEVELS);
        model.addAttribute("corps", CORPS);
        return "candidature/form";
    }

    private CampaignJson.Campaign campaign(String campaignId) {
        return api.get(uri -> uri.path("/api/campaigns/{id}").build(campaignId), CampaignJson.Campaign.class);
    }

    private static CampaignJson.Theme theme(CampaignJson.Campaign campaign, String themeId) {
        return campaign.themes().stream().filter(t -> t.id().equals(themeId)).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "theme-not-found", themeId));
    }

    private static boolean callOpen(CampaignJson.Campaign campaign) {
        return "CALL_OPEN".equals(campaign.phase());
    }

    /** The label of {@code value}, null when it is none of {@code choices} (a first-year candidature has no kind to say). */
    private static String labelOrNull(List<Choice> choices, String value) {
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(null);
    }

}

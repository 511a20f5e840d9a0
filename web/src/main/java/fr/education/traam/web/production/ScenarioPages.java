package fr.education.traam.web.production;

import fr.education.traam.web.api.ApiAnswer;
import fr.education.traam.web.api.ApiProblem;
import fr.education.traam.web.api.FormErrors;
import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.api.Refusals;
import fr.education.traam.web.form.FieldMessages;
import fr.education.traam.web.form.ReferenceChoices;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Optional;

/**
 * Writing a pedagogical scenario: a new one in a group ({@code /espace/groupes/{groupId}/scenario}), or the next
 * version of one ({@code /espace/productions/{id}/modifier}, sent with the version it was drawn from). A draft may be
 * incomplete: the submission says what is missing. Steps and resources are added by plain form buttons.
 */
@Controller
class ScenarioPages {

    private final PlatformApi api;
    private final Refusals refusals;
    private final FieldMessages messages;

    ScenarioPages(PlatformApi api, Refusals refusals, FieldMessages messages) {
        this.api = api;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/espace/groupes/{groupId}/scenario")
    String blank(@PathVariable String groupId, Model model) {
        return form(ScenarioForm.blank(), groupId, null, null, FormErrors.none(), false, model);
    }

    @PostMapping("/espace/groupes/{groupId}/scenario")
    String draft(@PathVariable String groupId, @ModelAttribute("form") ScenarioForm form, @RequestParam Optional<String> ajout, Model model) {
        if (ajout.isPresent()) {
            return form(added(form, ajout.get()), groupId, null, null, FormErrors.none(), false, model);
        }
        ApiAnswer answer = api.send(HttpMethod.POST, "/api/productions", form.draft(groupId), null);
        if (answer.succeeded()) {
            return "redirect:/espace/productions/" + answer.createdId().orElseThrow() + "?fait=brouillon";
        }
        return refused(answer, form, groupId, null, null, model);
    }

    @GetMapping("/espace/productions/{id}/modifier")
    String revision(@PathVariable String id, Model model) {
        ApiAnswer read = api.read("/api/productions/" + id);
        ProductionJson.Production production = read.bodyAs(ProductionJson.Production.class);
        return form(ScenarioForm.of(production), production.groupId(), id, read.etag().orElse(null), FormErrors.none(), false, model);
    }

    @PostMapping("/espace/productions/{id}/modifier")
    String revise(@PathVariable String id, @ModelAttribute("form") ScenarioForm form, @RequestParam String version,
                  @RequestParam String groupId, @RequestParam Optional<String> ajout, Model model) {
        if (ajout.isPresent()) {
            return form(added(form, ajout.get()), groupId, id, version, FormErrors.none(), false, model);
        }
        ApiAnswer answer = api.send(HttpMethod.PUT, "/api/productions/" + id, form.revision(), version);
        if (answer.succeeded()) {
            return "redirect:/espace/productions/" + id + "?fait=modification";
        }
        return refused(answer, form, groupId, id, version, model);
    }

    private static ScenarioForm added(ScenarioForm form, String what) {
        return switch (what) {
            case "etape" -> form.withStep();
            case "ressource" -> form.withResource();
            default -> form;
        };
    }

    /** The form again: each refused field marked beside it in French, a rule's refusal in the summary; a stale one afresh. */
    private String refused(ApiAnswer answer, ScenarioForm form, String groupId, String id, String version, Model model) {
        ApiProblem problem = answer.refusal().orElseThrow();
        if (Refusals.stale(problem) && id != null) {
            ApiAnswer read = api.read("/api/productions/" + id);
            return form(ScenarioForm.of(read.bodyAs(ProductionJson.Production.class)), groupId, id, read.etag().orElse(null),
                    FormErrors.of(null, refusals.say(problem)), true, model);
        }
        List<ApiAnswer.Violation> fields = answer.violations();
        FormErrors errors = fields.isEmpty() ? FormErrors.of(null, refusals.say(problem))
                : new FormErrors(fields.stream().map(v -> new FormErrors.Line(ScenarioForm.fieldId(v.field()), said(v.field()))).distinct().toList());
        return form(form.sent(), groupId, id, version, errors, false, model);
    }

    /** What the field at {@code path} wants, in French ({@code steps[0].title} is a step's title). */
    private String said(String path) {
        return messages.wanted("scenario.field", path).orElseGet(() -> messages.say("scenario.field.default"));
    }

    private String form(ScenarioForm form, String groupId, String id, String version, FormErrors errors, boolean stale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("groupId", groupId);
        model.addAttribute("productionId", id);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        model.addAttribute("disciplines", ReferenceChoices.disciplines());
        model.addAttribute("levels", ReferenceChoices.schoolLevels());
        model.addAttribute("crcn", ReferenceChoices.crcn());
        return "production/scenario-form";
    }
}

package fr.education.traam.web.production;

import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.SchoolLevel;
import fr.education.traam.web.api.ApiAnswer;
import fr.education.traam.web.api.ApiProblem;
import fr.education.traam.web.api.FormErrors;
import fr.education.traam.web.api.PlatformApi;
import fr.education.traam.web.api.Refusals;
import fr.education.traam.web.form.FieldMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A production under way, for those who follow its work: what it says, what still keeps it from publication, its
 * review so far, and the forms of what the person may do now as the service's {@code actions} say — submit, review
 * (approve or ask for changes, with a comment), answer the publication checks, publish. Each form sends the version the
 * page was read at as {@code If-Match}; a refusal shows the page again, fresh, with the refusal in French.
 */
@Controller
@RequestMapping("/espace/productions/{id}")
class ProductionPages {

    static final Map<String, String> DONE = Map.of(
            "brouillon", "Le brouillon est enregistré. Complétez-le à votre rythme, puis soumettez-le à la relecture.",
            "modification", "La nouvelle version est enregistrée.",
            "soumission", "La production est soumise : ses relecteurs en sont avertis par courriel.",
            "relecture", "La relecture est enregistrée : les auteurs en sont avertis par courriel.",
            "verifications", "Les vérifications de publication sont enregistrées.",
            "publication", "La production est publiée : elle est dans le catalogue et sur sa page publique.");

    /** How an accessibility item is answered, in the order the form offers it. */
    static final Map<String, String> ANSWERS = answers();

    private final PlatformApi api;
    private final Refusals refusals;
    private final MessageSource messages;
    private final FieldMessages fields;

    ProductionPages(PlatformApi api, Refusals refusals, MessageSource messages, FieldMessages fields) {
        this.api = api;
        this.refusals = refusals;
        this.messages = messages;
        this.fields = fields;
    }

    @GetMapping
    String production(@PathVariable String id, @RequestParam Optional<String> fait, Model model) {
        model.addAttribute("done", fait.map(DONE::get).orElse(null));
        return show(id, FormErrors.none(), false, Map.of(), model);
    }

    @PostMapping("/soumission")
    String submit(@PathVariable String id, @RequestParam String version, Model model) {
        return after(api.send(HttpMethod.POST, path(id) + "/submission", null, version), id, "soumission", "soumettre", Map.of(), model);
    }

    @PostMapping("/relecture")
    String review(@PathVariable String id, @RequestParam String version, @RequestParam(required = false) String verdict,
                  @RequestParam(defaultValue = "") String comment, Model model) {
        Map<String, String> typed = Map.of("comment", comment);
        List<FormErrors.Line> lines = new ArrayList<>();
        if (verdict == null) {
            lines.add(new FormErrors.Line("verdict", "Choisissez de valider la production ou de demander des modifications."));
        } else if ("CHANGES_REQUESTED".equals(verdict) && comment.isBlank()) {
            lines.add(new FormErrors.Line("comment", "Dites ce qu'il faut modifier : les auteurs liront ce commentaire."));
        }
        if (!lines.isEmpty()) {
            return show(id, new FormErrors(lines), false, typed, model);
        }
        ApiAnswer answer = api.send(HttpMethod.POST, path(id) + "/reviews",
                new ReviewBody(verdict, comment.isBlank() ? null : comment.strip()), version);
        return after(answer, id, "relecture", "verdict", typed, model);
    }

    @PostMapping("/publication")
    String publish(@PathVariable String id, @RequestParam String version, Model model) {
        return after(api.send(HttpMethod.POST, path(id) + "/publication", null, version), id, "publication", "publier", Map.of(), model);
    }

    /** The publication checks as a form: the licence, each accessibility item, each resource's terms, the declaration. */
    @GetMapping("/verifications")
    String checks(@PathVariable String id, Model model) {
        return checksForm(id, FormErrors.none(), false, model);
    }

    @PostMapping("/verifications")
    String answerChecks(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        ProductionJson.Production production = api.read(path(id)).bodyAs(ProductionJson.Production.class);
        Map<String, String> accessibility = new LinkedHashMap<>();
        checklist().accessibility().stream().flatMap(theme -> theme.items().stream()).forEach(item -> {
            String answer = form.getFirst("accessibility-" + item.code());
            if (answer != null && ANSWERS.containsKey(answer)) {
                accessibility.put(item.code(), answer);
            }
        });
        List<ResourceBody> resources = new ArrayList<>();
        List<ProductionJson.Resource> named = resources(production);
        for (int i = 0; i < named.size(); i++) {
            resources.add(new ResourceBody(named.get(i).url(), form.containsKey("resource-" + i + "-terms"),
                    form.containsKey("resource-" + i + "-legal")));
        }
        String licence = Optional.ofNullable(form.getFirst("licence")).filter(l -> !l.isBlank()).orElse(null);
        ApiAnswer answer = api.send(HttpMethod.PUT, path(id) + "/publication-checks",
                new ChecksBody(licence, accessibility, resources, form.containsKey("noPupilNamed")), form.getFirst("version"));
        Optional<ApiProblem> refusal = answer.refusal();
        if (refusal.isEmpty()) {
            return "redirect:/espace/productions/" + id + "?fait=verifications";
        }
        return checksForm(id, FormErrors.of(null, refusals.say(refusal.get())), Refusals.stale(refusal.get()), model);
    }

    private String checksForm(String id, FormErrors errors, boolean stale, Model model) {
        ApiAnswer read = api.read(path(id));
        ProductionJson.Production production = read.bodyAs(ProductionJson.Production.class);
        model.addAttribute("production", production);
        model.addAttribute("version", read.etag().orElse(null));
        model.addAttribute("checklist", checklist());
        // Each digital resource of the scenario, with what was answered for it so far (by its address).
        List<ProductionJson.ResourceCheck> answered = production.checks() == null ? List.of() : production.checks().resources();
        model.addAttribute("resources", resources(production).stream().map(r -> answered.stream()
                .filter(a -> a.url().equals(r.url())).findFirst()
                .map(a -> new ResourceRow(r.name(), r.url(), a.termsOfUseChecked(), a.legalNoticesChecked()))
                .orElse(new ResourceRow(r.name(), r.url(), false, false))).toList());
        model.addAttribute("answers", ANSWERS);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        return "production/checks";
    }

    private String after(ApiAnswer answer, String id, String done, String field, Map<String, String> typed, Model model) {
        Optional<ApiProblem> refusal = answer.refusal();
        if (refusal.isEmpty()) {
            return "redirect:/espace/productions/" + id + "?fait=" + done;
        }
        ApiProblem problem = refusal.get();
        List<FormErrors.Line> lines = new ArrayList<>(List.of(new FormErrors.Line(field, refusals.say(problem))));
        // An incomplete submission names what is missing, by JSON path: said by what each field is.
        answer.body().path("missing").forEach(missing -> lines.add(new FormErrors.Line(null, missingField(missing.asString("")))));
        return show(id, new FormErrors(lines), Refusals.stale(problem), typed, model);
    }

    private String show(String id, FormErrors errors, boolean stale, Map<String, String> typed, Model model) {
        ApiAnswer read = api.read(path(id));
        ProductionJson.Production production = read.bodyAs(ProductionJson.Production.class);
        model.addAttribute("production", production);
        model.addAttribute("version", read.etag().orElse(null));
        model.addAttribute("kindLabel", ProductionLabels.kind(production.type()));
        model.addAttribute("statusLabel", ProductionLabels.status(production.status(), production.stage()));
        model.addAttribute("levels", production.levels().stream()
                .map(code -> SchoolLevel.byCode(code).map(SchoolLevel::label).orElse(code)).toList());
        model.addAttribute("competences", production.competences().stream()
                .map(code -> CrcnCompetence.byCode(code).map(c -> c.code() + " " + c.label()).orElse(code)).toList());
        model.addAttribute("unmet", unmet(production.unmet()));
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        model.addAttribute("typed", typed);
        return "production/production";
    }

    /** What keeps the production from publication, in French, one line per kind of check with how many times it fails. */
    private List<String> unmet(List<ProductionJson.Unmet> unmet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        unmet.forEach(check -> counts.merge(check.check(), 1, Integer::sum));
        return counts.entrySet().stream().map(entry -> messages.getMessage("check." + entry.getKey(), new Object[] {entry.getValue()},
                messages.getMessage("check.default", new Object[] {entry.getValue()}, LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale())).toList();
    }

    private String missingField(String path) {
        return fields.wanted("production.missing", path).orElseGet(() -> fields.say("production.missing.default", path));
    }

    private ProductionJson.Checklist checklist() {
        return api.get("/api/productions/reference/publication-checklist", ProductionJson.Checklist.class);
    }

    private static List<ProductionJson.Resource> resources(ProductionJson.Production production) {
        return production.content() == null || production.content().scenario() == null ? List.of() : production.content().scenario().resources();
    }

    private static String path(String id) {
        return "/api/productions/" + id;
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("YES", "Oui");
        answers.put("NOT_APPLICABLE", "Sans objet");
        answers.put("NO", "Non");
        return answers;
    }

    /** A resource of the checks form: its name and address, and whether its terms and legal notices were checked. */
    record ResourceRow(String name, String url, boolean termsOfUseChecked, boolean legalNoticesChecked) {
    }

    record ReviewBody(String verdict, String comment) {
    }

    record ChecksBody(String licence, Map<String, String> accessibility, List<ResourceBody> resources, boolean noPupilNamed) {
    }

    record ResourceBody(String url, boolean termsOfUseChecked, boolean legalNoticesChecked) {
    }
}

package fr.education.traam.web.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A pedagogical scenario's form as a browser sends it and as the page shows it again. The writing's fields are named
 * as the API's ({@code title}, {@code levels}); the scenario's own fields drop the API's {@code content.scenario.}
 * prefix ({@code steps[1].description}), which {@link #fieldId(String)} removes from a refused path. Steps and
 * resources left wholly blank are dropped before sending, and the form shown after a refusal is the one sent.
 */
public record ScenarioForm(String title, String summary, List<String> disciplines, List<String> levels, List<String> competences,
                           String duration, String prerequisites, List<StepForm> steps, List<ResourceForm> resources,
                           String whatWorked, String difficulties) {

    /** Where the API puts a scenario's own fields in a production's body. */
    static final String CONTENT = "content.scenario.";

    public ScenarioForm {
        title = text(title);
        summary = text(summary);
        disciplines = chosen(disciplines);
        levels = chosen(levels);
        competences = chosen(competences);
        duration = text(duration);
        prerequisites = text(prerequisites);
        steps = steps == null ? List.of() : steps.stream().map(s -> s == null ? StepForm.blank() : s).toList();
        resources = resources == null ? List.of() : resources.stream().map(r -> r == null ? ResourceForm.blank() : r).toList();
        whatWorked = text(whatWorked);
        difficulties = text(difficulties);
    }

    /** A new scenario: two blank steps and one blank resource to start from. */
    public static ScenarioForm blank() {
        return new ScenarioForm("", "", List.of(), List.of(), List.of(), "", "", List.of(StepForm.blank(), StepForm.blank()),
                List.of(ResourceForm.blank()), "", "");
    }

    /** The form filled with a production's current version, to write its next one. */
    public static ScenarioForm of(ProductionJson.Production production) {
        ProductionJson.Scenario s = production.content() == null || production.content().scenario() == null
                ? new ProductionJson.Scenario(null, null, null, null, null, null) : production.content().scenario();
        return new ScenarioForm(production.title(), production.summary(), production.disciplines(), production.levels(),
                production.competences(), s.duration(), s.prerequisites(),
                s.steps().stream().map(step -> new StepForm(step.title(), step.description(), step.duration())).toList(),
                s.resources().stream().map(r -> new ResourceForm(r.name(), r.url(), r.pupilAccountRequired(), r.dataProcessing())).toList(),
                s.whatWorked(), s.difficulties());
    }

    public ScenarioForm withStep() {
        List<StepForm> more = new ArrayList<>(steps);
        more.add(StepForm.blank());
        return new ScenarioForm(title, summary, disciplines, levels, competences, duration, prerequisites, more, resources, whatWorked, difficulties);
    }

    public ScenarioForm withResource() {
        List<ResourceForm> more = new ArrayList<>(resources);
        more.add(ResourceForm.blank());
        return new ScenarioForm(title, summary, disciplines, levels, competences, duration, prerequisites, steps, more, whatWorked, difficulties);
    }

    /** The form as it is sent: wholly blank steps and resources dropped, in their order. */
    public ScenarioForm sent() {
        return new ScenarioForm(title, summary, disciplines, levels, competences, duration, prerequisites,
                steps.stream().filter(Predicate.not(StepForm::isBlank)).toList(),
                resources.stream().filter(Predicate.not(ResourceForm::isBlank)).toList(), whatWorked, difficulties);
    }

    /** The body of {@code POST /api/productions}: a scenario of the group {@code groupId}. */
    public Draft draft(String groupId) {
        Revision writing = revision();
        return new Draft(groupId, "SCENARIO", writing.title(), writing.summary(), writing.disciplines(), writing.levels(),
                writing.competences(), writing.content());
    }

    /** The body of {@code PUT /api/productions/{id}}: the whole new version. A blank text is sent as none. */
    public Revision revision() {
        ScenarioForm sent = sent();
        return new Revision(orNull(title), orNull(summary), disciplines, levels, competences, new Content(new ScenarioBody(
                orNull(duration), orNull(prerequisites),
                sent.steps.stream().map(s -> new StepBody(orNull(s.title()), orNull(s.description()), orNull(s.duration()))).toList(),
                sent.resources.stream().map(r -> new ResourceBody(orNull(r.name()), orNull(r.url()), r.pupilAccountRequired(),
                        orNull(r.dataProcessing()))).toList(),
                orNull(whatWorked), orNull(difficulties))));
    }

    /**
     * The {@code id} of the field an API path names: the writing's as they are ({@code title}), the scenario's without
     * their prefix ({@code content.scenario.steps[0].description} is {@code steps-0-description}).
     */
    public static String fieldId(String path) {
        String field = path.startsWith(CONTENT) ? path.substring(CONTENT.length()) : path;
        return fr.education.traam.web.form.FieldPaths.id(field);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> chosen(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).distinct().toList();
    }

    public record StepForm(String title, String description, String duration) {

        public StepForm {
            title = text(title);
            description = text(description);
            duration = text(duration);
        }

        static StepForm blank() {
            return new StepForm("", "", "");
        }

        boolean isBlank() {
            return title.isBlank() && description.isBlank() && duration.isBlank();
        }
    }

    /**
     * A digital resource the scenario uses; whether pupils create an account there (a checkbox: absent from the form
     * when unticked, hence a {@code Boolean} the binder may leave null), and under which processing.
     */
    public record ResourceForm(String name, String url, Boolean pupilAccountRequired, String dataProcessing) {

        public ResourceForm {
            pupilAccountRequired = Boolean.TRUE.equals(pupilAccountRequired);
            name = text(name);
            url = text(url);
            dataProcessing = text(dataProcessing);
        }

        static ResourceForm blank() {
            return new ResourceForm("", "", false, "");
        }

        boolean isBlank() {
            return name.isBlank() && url.isBlank() && !pupilAccountRequired && dataProcessing.isBlank();
        }
    }

    public record Draft(String groupId, String type, String title, String summary, List<String> disciplines, List<String> levels,
                        List<String> competences, Content content) {
    }

    public record Revision(String title, String summary, List<String> disciplines, List<String> levels, List<String> competences,
                           Content content) {
    }

    public record Content(ScenarioBody scenario) {
    }

    public record ScenarioBody(String duration, String prerequisites, List<StepBody> steps, List<ResourceBody> resources,
                               String whatWorked, String difficulties) {
    }

    public record StepBody(String title, String description, String duration) {
    }

    public record ResourceBody(String name, String url, boolean pupilAccountRequired, String dataProcessing) {
    }
}

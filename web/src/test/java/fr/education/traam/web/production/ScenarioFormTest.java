package fr.education.traam.web.production;

import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioFormTest {

    @Test
    void the_browsers_fields_bind_an_unticked_checkbox_included_and_blank_rows_are_not_sent() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/espace/groupes/g/scenario");
        request.addParameter("title", "Écrire avec une IA");
        request.addParameter("levels", "CINQUIEME", "QUATRIEME");
        request.addParameter("steps[0].title", "Découvrir");
        request.addParameter("steps[0].description", "Lire trois textes.");
        request.addParameter("steps[1].title", "");
        request.addParameter("steps[1].description", "");
        request.addParameter("steps[2].title", "Réécrire");
        request.addParameter("resources[0].name", "Vittascience");
        request.addParameter("resources[0].url", "https://vittascience.com/ia");
        request.addParameter("resources[1].name", "Un ENT");
        request.addParameter("resources[1].url", "https://ent.example.fr");
        request.addParameter("resources[1].pupilAccountRequired", "true");
        request.addParameter("resources[1].dataProcessing", "Registre de l'académie, traitement 12");

        ScenarioForm form = bind(request);
        ScenarioForm.Draft draft = form.draft("g");

        assertThat(form.levels()).containsExactly("CINQUIEME", "QUATRIEME");
        assertThat(form.resources()).extracting(ScenarioForm.ResourceForm::pupilAccountRequired).containsExactly(false, true);
        assertThat(draft.type()).isEqualTo("SCENARIO");
        assertThat(draft.content().scenario().steps()).extracting(ScenarioForm.StepBody::title).containsExactly("Découvrir", "Réécrire");
        // Unwritten texts are sent as none: a draft may be incomplete, the submission says what is missing.
        assertThat(draft.summary()).isNull();
        assertThat(draft.content().scenario().steps().get(1).description()).isNull();
        assertThat(form.sent().steps()).hasSize(2);
    }

    @Test
    void a_refused_path_of_the_scenario_is_the_field_without_its_content_prefix() {
        assertThat(ScenarioForm.fieldId("content.scenario.steps[1].description")).isEqualTo("steps-1-description");
        assertThat(ScenarioForm.fieldId("content.scenario.resources[0].url")).isEqualTo("resources-0-url");
        assertThat(ScenarioForm.fieldId("title")).isEqualTo("title");
    }

    @Test
    void a_production_fills_the_form_to_write_its_next_version() {
        ProductionJson.Production production = new ProductionJson.Production("p", "SCENARIO", "DRAFT", null, 3, "g", null, null,
                "Écrire", "Résumé", List.of("Lettres"), List.of("CINQUIEME"), List.of("3.1"),
                new ProductionJson.Content(new ProductionJson.Scenario("4 séances", null,
                        List.of(new ProductionJson.Step("Découvrir", "Lire", "55 min")),
                        List.of(new ProductionJson.Resource("Vittascience", "https://vittascience.com/ia", false, null)), "Tout", null)),
                null, null, null, null, null, List.of("revise"), null, null);

        ScenarioForm form = ScenarioForm.of(production);

        assertThat(form.steps()).singleElement().isEqualTo(new ScenarioForm.StepForm("Découvrir", "Lire", "55 min"));
        assertThat(form.difficulties()).isEmpty();
        assertThat(form.revision().content().scenario().resources()).singleElement()
                .extracting(ScenarioForm.ResourceBody::url).isEqualTo("https://vittascience.com/ia");
    }

    private static ScenarioForm bind(MockHttpServletRequest request) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(ScenarioForm.class));
        binder.construct(request);
        assertThat(binder.getBindingResult().hasErrors()).as(binder.getBindingResult().toString()).isFalse();
        return (ScenarioForm) binder.getTarget();
    }
}

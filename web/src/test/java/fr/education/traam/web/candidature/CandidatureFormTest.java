package fr.education.traam.web.candidature;

import fr.education.traam.web.api.ApiAnswer;
import fr.education.traam.web.api.FormErrors;
import fr.education.traam.web.form.FieldMessages;
import fr.education.traam.web.form.FieldPaths;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CandidatureFormTest {

    @Test
    void the_browsers_fields_bind_to_the_form_by_the_apis_paths() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/espace/candidatures/nouvelle");
        request.addParameter("campaignId", "camp");
        request.addParameter("themeId", "ia");
        request.addParameter("projects[0].title", "Écrire avec l'IA");
        request.addParameter("projects[0].summary", "Les élèves comparent.");
        request.addParameter("projects[0].disciplines", "Lettres", "Philosophie");
        request.addParameter("projects[0].schoolLevels", "SECOND_DEGRE");
        request.addParameter("projects[0].crcnCompetences", "2.3", "3.1");
        request.addParameter("team.inspector.name", "Hélène Robert");
        request.addParameter("team.inspector.email", "helene.robert@ac-lyon.fr");
        request.addParameter("team.inspector.corps", "IA_IPR");
        for (int i = 0; i < 4; i++) {
            request.addParameter("team.teachers[" + i + "].name", i == 2 ? "" : "Enseignant " + i);
            request.addParameter("team.teachers[" + i + "].email", i == 2 ? "" : "enseignant" + i + "@ac-lyon.fr");
        }
        request.addParameter("team.referent.name", "Sophie Durand");
        request.addParameter("team.referent.email", "sophie.durand@ac-lyon.fr");

        CandidatureForm form = bind(request);

        assertThat(form.projects()).singleElement().satisfies(project -> {
            assertThat(project.disciplines()).containsExactly("Lettres", "Philosophie");
            assertThat(project.crcnCompetences()).containsExactly("2.3", "3.1");
        });
        assertThat(form.team().inspector().corps()).isEqualTo("IA_IPR");
        assertThat(form.team().teachers()).extracting(CandidatureForm.MemberForm::email)
                .containsExactly("enseignant0@ac-lyon.fr", "enseignant1@ac-lyon.fr", "", "enseignant3@ac-lyon.fr");
        // The CARDIE was left out entirely: blank, sent blank, for the API to name.
        assertThat(form.team().cardie()).isEqualTo(new CandidatureForm.MemberForm("", ""));
    }

    @Test
    void blank_rows_are_not_sent_and_the_form_shown_again_is_the_one_sent_so_the_apis_indexes_are_the_pages() {
        CandidatureForm form = new CandidatureForm("camp", "ia", "", List.of(project("Un"), project(""), project("Deux")),
                new CandidatureForm.TeamForm(new CandidatureForm.InspectorForm("Hélène Robert", "helene.robert@ac-lyon.fr", "IA_IPR"),
                        List.of(member("a"), CandidatureForm.MemberForm.blank(), member("b"), member("c")), member("r"), member("d")));

        CandidatureForm sent = form.sent();
        CandidatureForm.Submission body = form.submission();

        assertThat(sent.projects()).extracting(CandidatureForm.ProjectForm::title).containsExactly("Un", "Deux");
        assertThat(body.team().teachers()).extracting(CandidatureForm.MemberBody::name).containsExactly("a", "b", "c");
        assertThat(sent.team().teachers()).extracting(CandidatureForm.MemberForm::name).containsExactly("a", "b", "c");
        // A first-year theme sends no kind: the API's default, APPLICATION.
        assertThat(JsonMapper.builder().build().writeValueAsString(body)).contains("\"kind\":null").contains("\"corps\":\"IA_IPR\"");
    }

    @Test
    void rows_are_added_without_losing_what_was_typed_and_the_form_always_shows_three_teachers() {
        CandidatureForm form = CandidatureForm.blank("camp", "ia");
        CandidatureForm typed = new CandidatureForm("camp", "ia", "CONTINUATION", List.of(project("Un")), new CandidatureForm.TeamForm(
                null, List.of(member("a")), null, null));

        assertThat(form.shown().team().teachers()).hasSize(3);
        assertThat(typed.shown().team().teachers()).extracting(CandidatureForm.MemberForm::name).containsExactly("a", "", "");
        assertThat(typed.withTeacherRow().team().teachers()).extracting(CandidatureForm.MemberForm::name).containsExactly("a", "");
        assertThat(typed.withProject().projects()).extracting(CandidatureForm.ProjectForm::title).containsExactly("Un", "");
        assertThat(typed.withProject().kind()).isEqualTo("CONTINUATION");
        // Every project blank: one is still sent, so the API names its fields rather than refusing an empty list.
        assertThat(form.submission().projects()).hasSize(1);
    }

    @Test
    void the_apis_paths_become_the_pages_field_ids() {
        assertThat(FieldPaths.id("projects[0].title")).isEqualTo("projects-0-title");
        assertThat(FieldPaths.id("team.teachers[12].email")).isEqualTo("team-teachers-12-email");
        assertThat(FieldPaths.id("team.teachers")).isEqualTo("team-teachers");
        assertThat(FieldPaths.id("team.inspector.corps")).isEqualTo("team-inspector-corps");
    }

    @Test
    void each_refused_field_is_said_in_french_with_where_it_is() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        CandidatureViolations violations = new CandidatureViolations(new FieldMessages(messages));

        FormErrors errors = violations.say(List.of(
                new ApiAnswer.Violation("team.teachers[1].email", "must be an e-mail address"),
                new ApiAnswer.Violation("projects[0].title", "must not be blank"),
                new ApiAnswer.Violation("team.inspector.corps", "must not be null"),
                new ApiAnswer.Violation("team.teachers", "at least 3 teachers"),
                new ApiAnswer.Violation("team.cardie.name", "must not be blank"),
                new ApiAnswer.Violation("projects[0].title", "size must be between 0 and 300"),
                new ApiAnswer.Violation("somethingNew", "must not be null")));

        assertThat(errors.lines()).extracting(FormErrors.Line::field, FormErrors.Line::message).containsExactly(
                tuple("team-teachers-1-email", "Enseignant 2 : écrivez l'adresse électronique professionnelle, celle de l'académie "
                        + "(par exemple prenom.nom@ac-lyon.fr) : une adresse personnelle n'est pas acceptée."),
                tuple("projects-0-title", "Projet 1 : écrivez le titre du projet (300 caractères au plus)."),
                tuple("team-inspector-corps", "Inspecteur pilote : choisissez le corps de l'inspecteur pilote."),
                tuple("team-teachers", "Le groupe compte au moins trois enseignants, chacun avec son nom et son adresse professionnelle."),
                tuple("team-cardie-name", "Représentant de la CARDIE : écrivez le prénom et le nom (200 caractères au plus)."),
                // Two reasons for one field are one line: the page says what the field wants.
                tuple("somethingNew", "Cette valeur n'est pas acceptée ; vérifiez-la."));
    }

    private static CandidatureForm bind(MockHttpServletRequest request) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(CandidatureForm.class));
        binder.construct(request);
        assertThat(binder.getBindingResult().hasErrors()).as(binder.getBindingResult().toString()).isFalse();
        return (CandidatureForm) binder.getTarget();
    }

    private static CandidatureForm.ProjectForm project(String title) {
        return new CandidatureForm.ProjectForm(title, "", List.of(), List.of(), List.of());
    }

    private static CandidatureForm.MemberForm member(String name) {
        return new CandidatureForm.MemberForm(name, name + "@ac-lyon.fr");
    }
}

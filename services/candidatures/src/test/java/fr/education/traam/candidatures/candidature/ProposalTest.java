package fr.education.traam.candidatures.candidature;

import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.ProfessionalDomains;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static fr.education.traam.candidatures.candidature.CandidatureMother.member;
import static fr.education.traam.candidatures.candidature.CandidatureTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a project and a team must hold, whichever way they reach the platform. */
class ProposalTest {

    private final Team team = CandidatureMother.team();

    @Test
    void a_project_targets_known_crcn_competences_only() {
        assertInvalid(() -> new Project("Titre", "Résumé", List.of("Lettres"), Set.of(SchoolLevel.SECOND_DEGRE), List.of("3.1", "6.1")),
                "project.crcnCompetences");
        assertInvalid(() -> new Project("Titre", "Résumé", List.of("Lettres"), Set.of(SchoolLevel.SECOND_DEGRE), List.of()),
                "project.crcnCompetences");
    }

    @Test
    void a_project_runs_in_at_least_one_school_level_and_involves_a_discipline() {
        assertInvalid(() -> new Project("Titre", "Résumé", List.of("Lettres"), Set.of(), List.of("3.1")), "project.schoolLevels");
        assertInvalid(() -> new Project("Titre", "Résumé", List.of(), Set.of(SchoolLevel.PREMIER_DEGRE), List.of("3.1")),
                "project.disciplines");
        assertInvalid(() -> new Project(" ", "Résumé", List.of("Lettres"), Set.of(SchoolLevel.PREMIER_DEGRE), List.of("3.1")),
                "project.title");
    }

    @Test
    void a_project_keeps_its_disciplines_by_their_canonical_labels_once_each_and_refuses_unknown_ones() {
        Project project = new Project("Titre", "Résumé", List.of("svt", "SNT", "SVT"), Set.of(SchoolLevel.SECOND_DEGRE), List.of("3.1"));

        assertThat(project.disciplines()).containsExactly("Sciences de la vie et de la Terre", "Sciences numériques et technologie");
        assertThat(project.toContract().disciplines()).isEqualTo(project.disciplines());
        assertThatThrownBy(() -> new Project("Titre", "Résumé", List.of("Lettres", "Astrologie"), Set.of(SchoolLevel.SECOND_DEGRE),
                List.of("3.1"))).isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(CandidatureRefusal.UNKNOWN_DISCIPLINE);
                    assertThat(refused.field()).isEqualTo("project.disciplines");
                    assertThat(refused.facts()).containsEntry("unknownDisciplines", List.of("Astrologie"));
                    assertThat(refused.getMessage()).contains("Astrologie").doesNotContain("Lettres");
                });
    }

    @Test
    void a_proposal_holds_one_to_a_hundred_projects_and_one_team() {
        Project project = CandidatureMother.project();

        assertInvalid(() -> new Proposal(null, List.of(), team), "projects");
        assertInvalid(() -> new Proposal(null, java.util.Collections.nCopies(Proposal.MAXIMUM_PROJECTS + 1, project), team), "projects");
        assertThat(new Proposal(null, java.util.Collections.nCopies(Proposal.MAXIMUM_PROJECTS, project), team).projects())
                .hasSize(Proposal.MAXIMUM_PROJECTS);
    }

    @Test
    void a_team_has_at_least_three_distinct_teachers() {
        assertInvalid(() -> new Team(team.inspector(), team.teachers().subList(0, 2), team.referent(), team.cardie()), "team.teachers");
        assertInvalid(() -> new Team(team.inspector(), List.of(team.teachers().get(0), team.teachers().get(1),
                member("Paul Martin bis", "Paul.Martin@ac-lyon.fr")), team.referent(), team.cardie()), "team.teachers[2].email");
    }

    @Test
    void a_team_names_its_referent_and_its_cardie_representative() {
        assertInvalid(() -> new Team(team.inspector(), team.teachers(), null, team.cardie()), "team.referent");
        assertInvalid(() -> new Team(team.inspector(), team.teachers(), team.referent(), null), "team.cardie");
    }

    @Test
    void addresses_are_kept_in_lower_case_and_must_look_like_addresses() {
        assertThat(new EmailAddress(" Paul.Martin@AC-Lyon.fr ").value()).isEqualTo("paul.martin@ac-lyon.fr");
        assertInvalid(() -> new EmailAddress("paul.martin"), "email");
        assertInvalid(() -> new EmailAddress("paul@ac-lyon"), "email");
    }

    @Test
    void professional_domains_are_any_academie_and_the_ministry_by_default_and_configurable() {
        ProfessionalDomains defaults = new ProfessionalDomains(List.of());

        assertThat(defaults.accepts(new EmailAddress("a@ac-lyon.fr"))).isTrue();
        assertThat(defaults.accepts(new EmailAddress("a@ac-orleans-tours.fr"))).isTrue();
        assertThat(defaults.accepts(new EmailAddress("a@education.gouv.fr"))).isTrue();
        assertThat(defaults.accepts(new EmailAddress("a@gmail.com"))).isFalse();
        assertThat(defaults.accepts(new EmailAddress("a@ac-lyon.fr.example.com"))).isFalse();
        assertThat(defaults.accepts(new EmailAddress("a@mail.ac-lyon.fr"))).as("no implicit sub-domain").isFalse();
        assertThat(new ProfessionalDomains(List.of("reseau-canope.fr")).accepts(new EmailAddress("a@reseau-canope.fr"))).isTrue();
    }

    @Test
    void the_first_private_address_of_a_team_is_named_by_its_place() {
        Team withPrivateCardie = new Team(team.inspector(), team.teachers(), team.referent(), member("Luc Moreau", "luc@laposte.net"));

        assertInvalid(() -> withPrivateCardie.requireProfessional(CandidatureMother.DOMAINS), "team.cardie.email");
    }
}

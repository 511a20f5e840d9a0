package fr.education.traam.candidatures.candidature;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.kit.domain.Refusal;
import fr.education.traam.kit.domain.CommonRefusal;
import fr.education.traam.campaignview.CampaignViewRefusal;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.CandidatureRevised;
import fr.education.traam.contract.candidatures.CandidatureSource;
import fr.education.traam.contract.candidatures.CandidatureSubmitted;
import fr.education.traam.contract.candidatures.CandidatureWithdrawn;
import fr.education.traam.kit.domain.Refused;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.education.traam.candidatures.candidature.CandidatureMother.AI_AND_WRITING;
import static fr.education.traam.candidatures.candidature.CandidatureMother.CLIMATE_YEAR_TWO;
import static fr.education.traam.candidatures.candidature.CandidatureMother.DOMAINS;
import static fr.education.traam.candidatures.candidature.CandidatureMother.danOf;
import static fr.education.traam.candidatures.candidature.CandidatureMother.openCall;
import static fr.education.traam.candidatures.candidature.CandidatureMother.proposal;
import static fr.education.traam.candidatures.candidature.CandidatureMother.slot;
import static fr.education.traam.candidatures.candidature.CandidatureMother.submittedByLyon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandidatureTest {

    private final Campaign campaign = openCall("campaign-2027");

    @Test
    void a_dan_submits_an_application_to_a_first_year_theme_for_their_academie() {
        Candidature.Changed submitted = Candidature.submit(new CandidatureId("c-1"), campaign,
                slot(campaign, AI_AND_WRITING, Academy.LYON), danOf(Academy.LYON), proposal(), Source.FORM, DOMAINS);

        assertThat(submitted.candidature().kind()).isEqualTo(CandidatureKind.APPLICATION);
        assertThat(submitted.candidature().status()).isEqualTo(CandidatureStatus.SUBMITTED);
        assertThat(submitted.events()).singleElement().isInstanceOfSatisfying(CandidatureSubmitted.class, event -> {
            assertThat(event.candidatureId()).isEqualTo("c-1");
            assertThat(event.academy().code()).isEqualTo("10");
            assertThat(event.academy().name()).isEqualTo("Lyon");
            assertThat(event.themeId()).isEqualTo(AI_AND_WRITING.value());
            assertThat(event.source()).isEqualTo(CandidatureSource.FORM);
            assertThat(event.importId()).isNull();
            assertThat(event.projects()).singleElement().satisfies(p -> assertThat(p.crcnCompetences()).containsExactly("2.3", "3.1"));
            assertThat(event.submittedBy()).isEqualTo("dan-10");
        });
    }

    @Test
    void a_dan_cannot_submit_for_another_academie() {
        assertProblem(() -> Candidature.submit(new CandidatureId("c-1"), campaign, slot(campaign, AI_AND_WRITING, Academy.GRENOBLE),
                danOf(Academy.LYON), proposal(), Source.FORM, DOMAINS), CandidatureRefusal.OTHER_ACADEMY);
    }

    @Test
    void nothing_is_submitted_before_the_call_opens_or_after_it_closes() {
        for (CampaignPhase phase : List.of(CampaignPhase.DRAFT, CampaignPhase.NATIONAL_SELECTION, CampaignPhase.YEAR_ONE)) {
            Campaign notOpen = CandidatureMother.inPhase("campaign-2027", phase);
            assertProblem(() -> Candidature.submit(new CandidatureId("c-1"), notOpen, slot(notOpen, AI_AND_WRITING, Academy.LYON),
                    danOf(Academy.LYON), proposal(), Source.FORM, DOMAINS), CandidatureRefusal.CALL_NOT_OPEN);
        }
    }

    @Test
    void a_theme_the_campaign_does_not_have_is_not_found() {
        assertProblem(() -> Candidature.submit(new CandidatureId("c-1"), campaign,
                        slot(campaign, new ThemeId("inconnu"), Academy.LYON),
                        danOf(Academy.LYON), proposal(), Source.FORM, DOMAINS),
                CampaignViewRefusal.THEME_NOT_FOUND);
    }

    @Test
    void a_second_year_theme_takes_a_continuation_or_a_new_entry_and_nothing_else() {
        Slot secondYear = slot(campaign, CLIMATE_YEAR_TWO, Academy.LYON);

        assertThat(Candidature.submit(new CandidatureId("c-1"), campaign, secondYear, danOf(Academy.LYON),
                proposal(CandidatureKind.CONTINUATION), Source.FORM, DOMAINS).candidature().kind()).isEqualTo(CandidatureKind.CONTINUATION);
        assertThat(Candidature.submit(new CandidatureId("c-2"), campaign, secondYear, danOf(Academy.LYON),
                proposal(CandidatureKind.NEW_ENTRY), Source.FORM, DOMAINS).candidature().kind()).isEqualTo(CandidatureKind.NEW_ENTRY);
        assertInvalid(() -> Candidature.submit(new CandidatureId("c-3"), campaign, secondYear, danOf(Academy.LYON),
                proposal(), Source.FORM, DOMAINS), "kind");
        assertInvalid(() -> Candidature.submit(new CandidatureId("c-4"), campaign, secondYear, danOf(Academy.LYON),
                proposal(CandidatureKind.APPLICATION), Source.FORM, DOMAINS), "kind");
    }

    @Test
    void a_first_year_theme_takes_applications_only() {
        assertInvalid(() -> Candidature.submit(new CandidatureId("c-1"), campaign, slot(campaign, AI_AND_WRITING, Academy.LYON),
                danOf(Academy.LYON), proposal(CandidatureKind.CONTINUATION), Source.FORM, DOMAINS), "kind");
    }

    @Test
    void a_team_member_with_a_private_address_is_refused_by_name_of_field() {
        Team team = CandidatureMother.team();
        Team withPrivateAddress = new Team(team.inspector(), List.of(team.teachers().get(0), team.teachers().get(1),
                CandidatureMother.member("Marc Petit", "marc.petit@gmail.com")), team.referent(), team.cardie());

        assertInvalid(() -> Candidature.submit(new CandidatureId("c-1"), campaign, slot(campaign, AI_AND_WRITING, Academy.LYON),
                danOf(Academy.LYON), new Proposal(null, CandidatureMother.project(), withPrivateAddress), Source.FORM, DOMAINS),
                "team.teachers[2].email");
    }

    @Test
    void a_revision_publishes_the_whole_new_proposal_and_an_identical_one_changes_nothing() {
        Candidature candidature = submittedByLyon(campaign);
        Project newProject = new Project("Écrire avec l'IA au lycée", "Nouvelle version", List.of("Lettres", "Philosophie"),
                candidature.projects().get(0).schoolLevels(), List.of("3.1"));

        Candidature.Changed revised = candidature.revise(campaign, danOf(Academy.LYON),
                new Proposal(null, List.of(candidature.projects().get(0), newProject), candidature.team()), Source.FORM, DOMAINS);
        Candidature.Changed unchanged = candidature.revise(campaign, danOf(Academy.LYON), proposal(), Source.FORM, DOMAINS);

        assertThat(revised.candidature().projects()).containsExactly(candidature.projects().get(0), newProject);
        assertThat(revised.events()).singleElement().isInstanceOfSatisfying(CandidatureRevised.class,
                event -> assertThat(event.projects()).extracting(p -> p.title())
                        .containsExactly("Écrire avec l'IA au collège", "Écrire avec l'IA au lycée"));
        assertThat(unchanged.events()).isEmpty();
    }

    @Test
    void a_dedicated_file_takes_over_a_candidature_through_a_revision_naming_its_import() {
        Candidature candidature = submittedByLyon(campaign);

        Candidature.Changed fromFile = candidature.revise(campaign, danOf(Academy.LYON), proposal(),
                Source.dedicatedFile("import-42"), DOMAINS);

        assertThat(fromFile.candidature().source()).isEqualTo(Source.dedicatedFile("import-42"));
        assertThat(fromFile.events()).singleElement().isInstanceOfSatisfying(CandidatureRevised.class, event -> {
            assertThat(event.source()).isEqualTo(CandidatureSource.DEDICATED_FILE);
            assertThat(event.importId()).isEqualTo("import-42");
        });
    }

    @Test
    void another_academie_s_dan_neither_revises_nor_withdraws() {
        Candidature lyon = submittedByLyon(campaign);

        assertProblem(() -> lyon.revise(campaign, danOf(Academy.GRENOBLE), proposal(), Source.FORM, DOMAINS),
                CandidatureRefusal.OTHER_ACADEMY);
        assertProblem(() -> lyon.withdraw(campaign, danOf(Academy.GRENOBLE)), CandidatureRefusal.OTHER_ACADEMY);
    }

    @Test
    void a_withdrawn_candidature_frees_its_slot_and_can_be_neither_revised_nor_withdrawn_again() {
        Candidature.Changed withdrawn = submittedByLyon(campaign).withdraw(campaign, danOf(Academy.LYON));

        assertThat(withdrawn.candidature().live()).isFalse();
        assertThat(withdrawn.events()).singleElement().isInstanceOf(CandidatureWithdrawn.class);
        assertProblem(() -> withdrawn.candidature().withdraw(campaign, danOf(Academy.LYON)),
                CandidatureRefusal.CANDIDATURE_WITHDRAWN);
        assertProblem(() -> withdrawn.candidature().revise(campaign, danOf(Academy.LYON), proposal(), Source.FORM, DOMAINS),
                CandidatureRefusal.CANDIDATURE_WITHDRAWN);
    }

    @Test
    void once_the_call_has_closed_a_candidature_stays_as_it_is() {
        Candidature lyon = submittedByLyon(campaign);
        Campaign selecting = CandidatureMother.inPhase("campaign-2027", CampaignPhase.NATIONAL_SELECTION);

        assertProblem(() -> lyon.revise(selecting, danOf(Academy.LYON), proposal(), Source.FORM, DOMAINS),
                CandidatureRefusal.CALL_NOT_OPEN);
        assertProblem(() -> lyon.withdraw(selecting, danOf(Academy.LYON)), CandidatureRefusal.CALL_NOT_OPEN);
    }

    @Test
    void a_candidature_from_the_dedicated_file_names_its_import_and_one_from_the_form_does_not() {
        assertThat(Source.dedicatedFile("import-1").dedicatedFile()).isTrue();
        assertInvalid(() -> Source.dedicatedFile(" "), "importId");
        assertInvalid(() -> new Source(CandidatureSource.FORM, "import-1"), "importId");
    }

    private static void assertProblem(ThrowableAssert.ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class, problem -> {
            assertThat(problem.refusal()).isEqualTo(refusal);
        });
    }

    static void assertInvalid(ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class, problem -> {
                    assertThat(problem.refusal()).isEqualTo(CommonRefusal.INVALID_VALUE);
            assertThat(problem.field()).isEqualTo(field);
        });
    }
}

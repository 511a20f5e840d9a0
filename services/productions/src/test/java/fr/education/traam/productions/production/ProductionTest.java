package fr.education.traam.productions.production;

import fr.education.traam.contract.productions.ProductionApproved;
import fr.education.traam.contract.productions.ProductionChangesRequested;
import fr.education.traam.contract.productions.ProductionDrafted;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionRevised;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.production.ReviewComment.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.education.traam.productions.production.ProductionMother.AT;
import static fr.education.traam.productions.production.ProductionMother.EXPERT;
import static fr.education.traam.productions.production.ProductionMother.INSPECTOR;
import static fr.education.traam.productions.production.ProductionMother.LYON_GROUP;
import static fr.education.traam.productions.production.ProductionMother.NATIONAL_GROUP;
import static fr.education.traam.productions.production.ProductionMother.PUBLICLY;
import static fr.education.traam.productions.production.ProductionMother.SOCIAL;
import static fr.education.traam.productions.production.ProductionMother.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionTest {

    @Test
    void a_writing_keeps_its_disciplines_by_their_canonical_labels_once_each_and_refuses_unknown_ones() {
        Writing scenario = ProductionMother.scenario();
        Writing aliases = new Writing(scenario.title(), scenario.summary(), List.of("svt", "Physique chimie", "SVT"),
                scenario.levels(), scenario.competences(), scenario.content());

        assertThat(aliases.disciplines()).containsExactly("Sciences de la vie et de la Terre", "Physique-chimie");
        assertThat(Production.draft(new ProductionId("p-svt"), ProductionType.SCENARIO, LYON_GROUP, aliases, TEACHER, AT)
                .production().current().writing().disciplines()).isEqualTo(aliases.disciplines());
        assertThatThrownBy(() -> new Writing(scenario.title(), scenario.summary(), List.of("Lettres", "Astrologie"),
                scenario.levels(), scenario.competences(), scenario.content()))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(ProductionRefusal.UNKNOWN_DISCIPLINE);
                    assertThat(refused.field()).isEqualTo("disciplines");
                    assertThat(refused.facts()).containsEntry("unknownDisciplines", List.of("Astrologie"));
                    assertThat(refused.getMessage()).contains("Astrologie").doesNotContain("Lettres");
                });
    }

    @Test
    void a_draft_is_version_one_of_its_group_and_says_so() {
        Production.Changed drafted = Production.draft(new ProductionId("p-1"), ProductionType.SCENARIO, LYON_GROUP,
                ProductionMother.scenario(), TEACHER, AT);

        assertThat(drafted.production().status()).isEqualTo(ProductionStatus.DRAFT);
        assertThat(drafted.production().current().number()).isEqualTo(1);
        assertThat(drafted.events()).singleElement().isInstanceOfSatisfying(ProductionDrafted.class, e -> {
            assertThat(e.groupId()).isEqualTo("group-lyon");
            assertThat(e.academy().code()).isEqualTo("LYON");
            assertThat(e.title()).isEqualTo("Écrire avec une IA en 5e");
        });
    }

    @Test
    void each_group_writes_its_own_kinds() {
        assertThatThrownBy(() -> Production.draft(ProductionId.random(), ProductionType.SYNTHESIS, LYON_GROUP,
                ProductionMother.scenario(), TEACHER, AT))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(ProductionRefusal.KIND_NOT_OF_GROUP));
        assertThatThrownBy(() -> Production.draft(ProductionId.random(), ProductionType.SCENARIO, NATIONAL_GROUP,
                ProductionMother.scenario(), TEACHER, AT))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(ProductionRefusal.KIND_NOT_OF_GROUP));
    }

    @Test
    void content_of_another_kind_is_refused_with_its_field() {
        assertThatThrownBy(() -> Production.draft(ProductionId.random(), ProductionType.ACADEMIC_REPORT, LYON_GROUP,
                ProductionMother.scenario(), TEACHER, AT))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("content"));
    }

    @Test
    void the_review_goes_from_the_inspector_to_the_expert_and_back_to_the_authors_when_changes_are_asked() {
        Production submitted = ProductionMother.submitted();
        assertThat(submitted.awaiting()).contains(ReviewStage.ACADEMIC);

        Production.Changed sentBack = submitted.review(Verdict.CHANGES_REQUESTED, "Ajoutez l'évaluation", INSPECTOR,
                "PILOTING_INSPECTOR", AT);
        assertThat(sentBack.production().status()).isEqualTo(ProductionStatus.CHANGES_REQUESTED);
        assertThat(sentBack.events()).singleElement().isEqualTo(new ProductionChangesRequested("p-1", 1, ReviewStage.ACADEMIC));
        assertThat(sentBack.production().comments()).singleElement()
                .satisfies(c -> assertThat(c.by() + " " + c.text()).isEqualTo(INSPECTOR + " Ajoutez l'évaluation"));

        Production.Changed revised = sentBack.production().revise(ProductionMother.scenario("Écrire avec une IA, évaluée", List.of()),
                TEACHER, AT);
        assertThat(revised.events()).singleElement().isEqualTo(new ProductionRevised("p-1", 2, "Écrire avec une IA, évaluée"));
        assertThat(revised.production().versions()).extracting(ProductionVersion::number).containsExactly(1, 2);
        assertThat(revised.production().version(1).orElseThrow().writing().title()).isEqualTo("Écrire avec une IA en 5e");

        Production.Changed resubmitted = revised.production().submit(TEACHER);
        assertThat(resubmitted.events()).singleElement().isEqualTo(new ProductionSubmitted("p-1", 2, ReviewStage.ACADEMIC));

        Production.Changed academic = resubmitted.production().review(Verdict.APPROVED, null, INSPECTOR, "PILOTING_INSPECTOR", AT);
        assertThat(academic.production().awaiting()).contains(ReviewStage.NATIONAL);
        assertThat(academic.events()).singleElement().isEqualTo(new ProductionApproved("p-1", 2, ReviewStage.ACADEMIC));

        Production.Changed national = academic.production().review(Verdict.APPROVED, "Très clair", EXPERT, "DNE_EXPERT", AT);
        assertThat(national.production().status()).isEqualTo(ProductionStatus.APPROVED);
        assertThat(national.events()).singleElement().isEqualTo(new ProductionApproved("p-1", 2, ReviewStage.NATIONAL));
        assertThat(national.production().comments()).hasSize(3);
    }

    @Test
    void the_national_group_s_productions_go_straight_to_national_validation() {
        Production module = Production.draft(ProductionId.random(), ProductionType.TRAINING_MODULE, NATIONAL_GROUP,
                new Writing("Former à l'IA", "Un parcours m@gistère.", List.of(), List.of(), List.of(),
                        new fr.education.traam.contract.productions.ProductionContent(null,
                                new fr.education.traam.contract.productions.ProductionContent.TrainingModule("Comprendre",
                                        "Enseignants de collège", "6 h",
                                        fr.education.traam.contract.productions.ProductionContent.TrainingFormat.MAGISTERE,
                                        "https://magistere.education.fr/ac-lyon/course/view.php?id=1"), null, null, null)),
                EXPERT, AT).production();

        assertThat(module.submit(EXPERT).production().awaiting()).contains(ReviewStage.NATIONAL);
    }

    @Test
    void nobody_reviews_their_own_submission_and_changes_need_a_comment() {
        Production submitted = ProductionMother.submitted();

        assertThatThrownBy(() -> submitted.review(Verdict.APPROVED, null, TEACHER, "PILOTING_INSPECTOR", AT))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(ProductionRefusal.OWN_SUBMISSION));
        assertThatThrownBy(() -> submitted.review(Verdict.CHANGES_REQUESTED, " ", INSPECTOR, "PILOTING_INSPECTOR", AT))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("comment"));
    }

    @Test
    void a_submitted_production_is_not_revised_and_an_incomplete_one_is_not_submitted() {
        assertThatThrownBy(() -> ProductionMother.submitted().revise(ProductionMother.scenario(), TEACHER, AT))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(ProductionRefusal.STATUS_FORBIDS));

        Production bare = Production.draft(ProductionId.random(), ProductionType.SCENARIO, LYON_GROUP,
                new Writing("Esquisse", null, List.of(), List.of(), List.of(), new fr.education.traam.contract.productions.ProductionContent(
                        new fr.education.traam.contract.productions.ProductionContent.Scenario(null, null, List.of(), List.of(), null, null),
                        null, null, null, null)), TEACHER, AT).production();
        assertThatThrownBy(() -> bare.submit(TEACHER)).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.refusal()).isEqualTo(ProductionRefusal.SUBMISSION_INCOMPLETE);
            assertThat(r.facts().get("missing")).asList().contains("summary", "disciplines", "levels",
                    "content.scenario.duration", "content.scenario.steps");
        });
    }

    @Test
    void publication_is_refused_with_every_unmet_check_and_granted_once_they_are_met() {
        Production approved = ProductionMother.approved();

        assertThatThrownBy(() -> approved.publish(PUBLICLY, SOCIAL, AT)).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.refusal()).isEqualTo(ProductionRefusal.PUBLICATION_CHECKS_UNMET);
            @SuppressWarnings("unchecked")
            List<UnmetCheck> unmet = (List<UnmetCheck>) r.facts().get("unmet");
            assertThat(unmet).extracting(UnmetCheck::check).contains("accessibility-unanswered", "licence-missing",
                    "terms-of-use-unchecked", "legal-notices-unchecked", "pupil-declaration-missing");
            assertThat(unmet).filteredOn(u -> u.check().equals("accessibility-unanswered"))
                    .hasSize(AccessibilityItem.values().length);
        });

        Production.Changed published = approved.answer(ProductionMother.met(approved)).production().publish(PUBLICLY, SOCIAL, AT);
        assertThat(published.production().status()).isEqualTo(ProductionStatus.PUBLISHED);
        assertThat(published.events()).singleElement().isInstanceOfSatisfying(ProductionPublished.class, e -> {
            assertThat(e.url()).isEqualTo(PUBLICLY.pageUrl());
            assertThat(e.licence()).isEqualTo("CC BY-NC-SA 4.0");
            assertThat(e.academies()).extracting(a -> a.code()).containsExactly("LYON");
            assertThat(e.version()).isEqualTo(1);
        });
    }

    @Test
    void an_accessibility_item_answered_no_keeps_the_production_private() {
        Production approved = ProductionMother.approved();
        PublicationChecks met = ProductionMother.met(approved);
        java.util.Map<AccessibilityItem, AccessibilityItem.Answer> answers = new java.util.EnumMap<>(met.accessibility());
        answers.put(AccessibilityItem.BP1_1, AccessibilityItem.Answer.NO);
        Production answered = approved.answer(new PublicationChecks(met.licence(), answers, met.resources(), met.pupils())).production();

        assertThat(answered.unmet(SOCIAL)).singleElement()
                .isEqualTo(new UnmetCheck("accessibility-not-met", "accessibility.BP1-1",
                        "the accessibility item BP1-1 is not met: " + AccessibilityItem.BP1_1.label()));
    }

    @Test
    void images_need_text_alternatives_and_videos_captions_or_a_transcript() {
        Production draft = ProductionMother.draft().attach(ProductionMother.image("a-1")).production()
                .attach(ProductionMother.video("a-2")).production().attach(ProductionMother.captions("a-3")).production();

        assertThat(draft.unmet(SOCIAL)).extracting(UnmetCheck::field).contains("attachments[0].textAlternative",
                "attachments[1].captionsId");

        Production described = draft.describe("a-1", "Frise des séances", null, null).production()
                .describe("a-2", "La capsule présente la séquence", "a-3", null).production();
        assertThat(described.unmet(SOCIAL)).extracting(UnmetCheck::field).doesNotContain("attachments[0].textAlternative",
                "attachments[1].captionsId");
        assertThatThrownBy(() -> described.describe("a-2", "x", "a-1", null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("captionsId"));
    }

    @Test
    void a_link_to_a_social_network_anywhere_in_the_production_is_an_unmet_check() {
        Writing linking = ProductionMother.scenario("Partager", List.of(new fr.education.traam.contract.productions.ProductionContent.DigitalResource(
                "Page", "https://fr-fr.facebook.com/college", false, null)));
        Production draft = Production.draft(ProductionId.random(), ProductionType.SCENARIO, LYON_GROUP, linking, TEACHER, AT).production();

        assertThat(draft.unmet(SOCIAL)).filteredOn(u -> u.check().equals("social-network-link"))
                .singleElement().satisfies(u -> assertThat(u.message()).contains("https://fr-fr.facebook.com/college"));
        assertThat(new SocialNetworks(List.of("x.com")).links(java.net.URI.create("https://box.com/x"))).isFalse();
    }

    @Test
    void a_pupil_declaration_holds_for_the_version_it_was_made_on() {
        Production draft = ProductionMother.draft();
        Production declared = draft.answer(ProductionMother.met(draft)).production();
        assertThat(declared.unmet(SOCIAL)).extracting(UnmetCheck::check).doesNotContain("pupil-declaration-missing");

        Production revised = declared.revise(ProductionMother.scenario(), TEACHER, AT).production();
        assertThat(revised.unmet(SOCIAL)).extracting(UnmetCheck::check).contains("pupil-declaration-missing");
    }

    @Test
    void only_a_published_production_is_withdrawn_and_the_withdrawal_gives_its_reason() {
        Production approved = ProductionMother.approved();
        Production published = approved.answer(ProductionMother.met(approved)).production().publish(PUBLICLY, SOCIAL, AT).production();

        assertThatThrownBy(() -> approved.withdraw("Erreur", PUBLICLY, AT)).isInstanceOf(Refused.class);
        Production.Changed withdrawn = published.withdraw("Un élève y est nommé", PUBLICLY, AT);
        assertThat(withdrawn.production().status()).isEqualTo(ProductionStatus.WITHDRAWN);
        assertThat(withdrawn.events()).singleElement().isInstanceOfSatisfying(ProductionWithdrawn.class,
                e -> assertThat(e.reason() + " " + e.url()).isEqualTo("Un élève y est nommé " + PUBLICLY.pageUrl()));
    }
}

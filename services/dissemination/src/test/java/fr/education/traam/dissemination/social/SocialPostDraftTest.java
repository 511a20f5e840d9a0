package fr.education.traam.dissemination.social;

import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a draft post is written from an event, and what an editor may do with it. */
class SocialPostDraftTest {

    static final Instant MONDAY = Instant.parse("2027-10-04T08:30:00Z");
    static final Instant TUESDAY = Instant.parse("2027-10-05T08:30:00Z");
    static final String LINK = "https://lettres.ac-lyon.fr/traam/production-42-reecrire-un-conte-avec-une-intelligence-artificielle";

    @Test
    void a_production_becomes_a_french_post_with_its_link_and_hashtags() {
        SocialPostDraft draft = SocialPostDraft.forProduction("event-1", MONDAY, ProductionType.SCENARIO, "Réécrire un conte avec l'IA",
                "Lyon", List.of("Lettres", "Histoire-Géographie"), LINK);

        assertThat(draft.text()).isEqualTo("Nouveau scénario pédagogique de l'académie de Lyon : « Réécrire un conte avec l'IA » "
                + LINK + " #TraAM #Lettres #HistoireGéographie");
        assertThat(draft.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(draft.kind()).isEqualTo(SocialPostKind.PRODUCTION_PUBLISHED);
        assertThat(draft.length()).as("the link weighs 23").isEqualTo(draft.text().length() - LINK.length() + 23);
    }

    @Test
    void de_is_elided_before_an_academie_whose_name_starts_with_a_vowel_and_a_synthesis_is_feminine() {
        SocialPostDraft draft = SocialPostDraft.forProduction("event-1", MONDAY, ProductionType.SYNTHESIS, "Bilan", "Orléans-Tours",
                List.of(), LINK);

        assertThat(draft.text()).startsWith("Nouvelle synthèse de l'académie d'Orléans-Tours : « Bilan »");
    }

    @Test
    void a_long_title_is_cut_at_a_word_with_an_ellipsis_and_the_link_and_traam_tag_stay_whole() {
        String title = "Écrire, réécrire et comparer : " + "une séquence très détaillée sur les contes ".repeat(10);

        SocialPostDraft draft = SocialPostDraft.forProduction("event-1", MONDAY, ProductionType.SCENARIO, title, "Lyon",
                List.of("Lettres"), LINK);

        assertThat(draft.length()).isLessThanOrEqualTo(280).isGreaterThan(260);
        assertThat(draft.text()).contains("… » " + LINK + " #TraAM").startsWith("Nouveau scénario pédagogique de l'académie de Lyon : « Écrire");
        String kept = draft.text().substring(draft.text().indexOf("« ") + 2, draft.text().indexOf("…"));
        assertThat(title).as("cut where a word ends").startsWith(kept + " ");
        assertThat(PostLength.linksIn(draft.text())).containsExactly(LINK);
    }

    @Test
    void the_ellipsis_counts_two_as_x_counts_it_so_the_cut_title_still_fits() {
        String title = "x".repeat(400);

        SocialPostDraft draft = SocialPostDraft.forProduction("event-1", MONDAY, ProductionType.SCENARIO, title, "Lyon", List.of(), LINK);

        assertThat(draft.length()).isEqualTo(280);
        assertThat(draft.text().length() - LINK.length() + 23).as("by String.length, with the link at 23: one less").isEqualTo(279);
    }

    @Test
    void a_title_with_combining_accents_is_counted_by_its_letters_and_kept_whole_when_it_fits() {
        String nfc = "é".repeat(150);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

        SocialPostDraft draft = SocialPostDraft.forProduction("event-1", MONDAY, ProductionType.SCENARIO, nfd, "Lyon", List.of(), LINK);

        assertThat(nfd.length()).isEqualTo(300);
        assertThat(draft.text()).contains("« " + nfc + " »").doesNotContain("…");
    }

    @Test
    void discipline_tags_are_added_while_they_fit_and_traam_always_stays() {
        String title = "t".repeat(165);

        SocialPostDraft draft = SocialPostDraft.forProduction("event-1", MONDAY, ProductionType.SCENARIO, title, "Lyon",
                List.of("Lettres", "Sciences économiques et sociales", "Philosophie"), LINK);

        assertThat(draft.text()).doesNotContain("…").endsWith(LINK + " #TraAM #Lettres #Philosophie");
        assertThat(draft.length()).isLessThanOrEqualTo(280);
        assertThat(SocialPostText.hashtag("Sciences économiques et sociales")).isEqualTo("#SciencesÉconomiquesEtSociales");
    }

    @Test
    void a_selection_names_the_academies_retained_when_there_is_room() {
        String link = "http://localhost:8080/api/candidatures/selections/campaign-1/ia-et-ecriture";

        SocialPostDraft short_ = SocialPostDraft.forSelection("event-2", MONDAY, "campaign-2027/ia", "IA et écriture", List.of("Lyon", "Versailles"),
                List.of("Lettres"), link);
        SocialPostDraft long_ = SocialPostDraft.forSelection("event-3", MONDAY, "campaign-2027/ia", "y".repeat(230), List.of("Lyon", "Versailles"),
                List.of("Lettres"), link);

        assertThat(short_.text()).isEqualTo("Sélection nationale : 2 académies retenues pour le thème « IA et écriture » : Lyon, Versailles "
                + link + " #TraAM #Lettres");
        assertThat(long_.text()).doesNotContain("Versailles").contains("… » " + link + " #TraAM");
        assertThat(long_.length()).isLessThanOrEqualTo(280);
    }

    @Test
    void a_selection_that_retains_no_academie_says_so() {
        SocialPostDraft draft = SocialPostDraft.forSelection("event-4", MONDAY, "campaign-2027/ia", "IA et écriture", List.of(), List.of(), LINK);

        assertThat(draft.text()).isEqualTo("Sélection nationale : aucune académie retenue pour le thème « IA et écriture » " + LINK + " #TraAM");
    }

    @Test
    void an_amendment_rewrites_a_pending_selection_draft_in_place_but_never_a_decided_one() {
        SocialPostDraft pending = SocialPostDraft.forSelection("event-5", MONDAY, "campaign-2027/ia", "IA et écriture",
                List.of("Lyon", "Versailles"), List.of("Lettres"), LINK).edited("Lyon et Versailles retenues ! " + LINK, MONDAY, "editor-1");

        SocialPostDraft amended = pending.amended(1, List.of("Versailles"), List.of("Lettres"));

        assertThat(amended.id()).isEqualTo(pending.id());
        assertThat(amended.pending()).isTrue();
        assertThat(amended.revision()).isEqualTo(1);
        assertThat(amended.text()).isEqualTo("Sélection nationale : 1 académie retenue pour le thème « IA et écriture » : Versailles "
                + LINK + " #TraAM #Lettres");
        assertThatThrownBy(() -> pending.approved(MONDAY, "editor-2").amended(1, List.of("Versailles"), List.of()))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.refusal()).isEqualTo(SocialRefusal.DRAFT_ALREADY_DECIDED));
    }

    @Test
    void the_same_event_always_gives_the_same_draft_id() {
        assertThat(SocialPostDraft.idFor("event-1")).isEqualTo(SocialPostDraft.idFor("event-1")).isNotEqualTo(SocialPostDraft.idFor("event-2"));
    }

    @Test
    void an_editor_rewrites_a_pending_draft_within_280_characters_counting_its_long_link_as_23() {
        SocialPostDraft draft = production();
        String text = "é".repeat(256) + " " + LINK;

        SocialPostDraft edited = draft.edited(text, TUESDAY, "editor-1");

        assertThat(text.length()).isGreaterThan(280);
        assertThat(edited.text()).isEqualTo(text);
        assertThat(edited.length()).isEqualTo(280);
        assertThat(edited.editedBy()).isEqualTo("editor-1");
        assertThat(edited.status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void a_text_over_280_as_x_counts_it_or_without_its_link_is_refused_naming_text() {
        SocialPostDraft draft = production();

        assertThatThrownBy(() -> draft.edited("é".repeat(257) + " " + LINK, TUESDAY, "editor-1"))
                .isInstanceOfSatisfying(Refused.class, p -> {
                    assertThat(p.field()).isEqualTo("text");
                    assertThat(p.getMessage()).contains("281");
                });
        assertThatThrownBy(() -> draft.edited("…".repeat(129) + " " + LINK, TUESDAY, "editor-1"))
                .as("129 ellipses weigh 258").isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("text"));
        assertThatThrownBy(() -> draft.edited("Un beau scénario #TraAM", TUESDAY, "editor-1"))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("text"));
        assertThatThrownBy(() -> draft.edited("Un beau scénario " + LINK + "-autre", TUESDAY, "editor-1"))
                .as("another address that starts like it").isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("text"));
        assertThatThrownBy(() -> draft.edited("  ", TUESDAY, "editor-1"))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("text"));
    }

    @Test
    void a_draft_is_decided_once_and_a_decided_draft_is_no_longer_edited() {
        SocialPostDraft approved = production().approved(TUESDAY, "editor-1");

        assertThat(approved.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("editor-1");
        for (Runnable second : List.<Runnable>of(() -> approved.approved(TUESDAY, "editor-2"), () -> approved.discarded(TUESDAY, "editor-2"),
                () -> approved.edited("Autre " + LINK, TUESDAY, "editor-2"))) {
            assertThatThrownBy(second::run).isInstanceOfSatisfying(Refused.class, p -> {
                assertThat(p.refusal()).isEqualTo(SocialRefusal.DRAFT_ALREADY_DECIDED);
            });
        }
        assertThat(production().discarded(TUESDAY, "editor-1").status()).isEqualTo(ReviewStatus.DISCARDED);
    }

    @Test
    void a_national_production_is_the_national_group_s_with_the_academies_that_co_wrote_it() {
        assertThat(SocialPostDraft.forProduction("event-1", MONDAY, "production-1", ProductionType.TRAINING_MODULE, "Former à l'IA", true,
                List.of("Lyon", "Amiens", "Grenoble"), List.of(), LINK).text())
                .startsWith("Nouveau module de formation du groupe national TraAM avec les académies de Lyon, d'Amiens et de Grenoble : « Former à l'IA »");
        assertThat(SocialPostDraft.forProduction("event-1", MONDAY, "production-1", ProductionType.SYNTHESIS, "Synthèse", true,
                List.of(), List.of(), LINK).text()).startsWith("Nouvelle synthèse du groupe national TraAM : « Synthèse »");
    }

    @Test
    void a_pending_draft_of_a_withdrawn_production_is_discarded_with_the_reason_by_no_editor_and_a_decided_one_stays() {
        SocialPostDraft pending = SocialPostDraft.forProduction("event-1", MONDAY, "production-1", ProductionType.SCENARIO, "Un conte",
                false, List.of("Lyon"), List.of(), LINK);

        SocialPostDraft withdrawn = pending.withdrawn(TUESDAY, "Une image sans droit de diffusion");

        assertThat(withdrawn.status()).isEqualTo(ReviewStatus.DISCARDED);
        assertThat(withdrawn.decidedAt()).isEqualTo(TUESDAY);
        assertThat(withdrawn.decidedBy()).isNull();
        assertThat(withdrawn.reason()).isEqualTo("Production retirée : Une image sans droit de diffusion");
        assertThat(withdrawn.productionId()).isEqualTo("production-1");
        SocialPostDraft approved = pending.approved(TUESDAY, "editor-1");
        assertThatThrownBy(() -> approved.withdrawn(TUESDAY, "x")).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.refusal()).isEqualTo(SocialRefusal.DRAFT_ALREADY_DECIDED));
        assertThat(approved.reason()).isNull();
    }

    private static SocialPostDraft production() {
        return SocialPostDraft.forProduction("event-1", MONDAY, ProductionType.SCENARIO, "Réécrire un conte", "Lyon", List.of("Lettres"), LINK);
    }
}

package fr.education.traam.candidatures.selection;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.kit.domain.Refusal;
import fr.education.traam.kit.domain.CommonRefusal;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.candidatures.AcademyNotRetained;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventJson;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.SelectedTeam;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.candidatures.SelectionAmended;
import fr.education.traam.kit.domain.Refused;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static fr.education.traam.candidatures.selection.SelectionMother.AI_AND_WRITING;
import static fr.education.traam.candidatures.selection.SelectionMother.AT;
import static fr.education.traam.candidatures.selection.SelectionMother.EIGHT;
import static fr.education.traam.candidatures.selection.SelectionMother.LETTERS_EXPERT;
import static fr.education.traam.candidatures.selection.SelectionMother.applying;
import static fr.education.traam.candidatures.selection.SelectionMother.assertNoTeamOnAPublicTopic;
import static fr.education.traam.candidatures.selection.SelectionMother.campaign;
import static fr.education.traam.contract.candidatures.CandidatureKind.APPLICATION;
import static fr.education.traam.contract.candidatures.SelectionDecision.NOT_RETAINED;
import static fr.education.traam.contract.candidatures.SelectionDecision.SELECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A first-year theme's national selection: six académies at most, decided by its experts, final once published. */
class NationalSelectionTest {

    private final Campaign deciding = campaign(CampaignPhase.NATIONAL_SELECTION);
    private final List<Applicant> eight = applying(APPLICATION, EIGHT);

    @Test
    void selects_up_to_the_theme_s_capacity_and_refuses_a_seventh_academy_for_a_theme() {
        NationalSelection six = selectFirst(6);

        assertThat(six.selected()).hasSize(6);
        assertRefused(() -> select(six, Academy.LILLE), SelectionRefusal.CAPACITY_REACHED, "at most 6");
    }

    @Test
    void deciding_again_for_a_selected_academy_replaces_its_decision_without_taking_a_second_place() {
        NationalSelection six = selectFirst(6);

        NationalSelection revised = six.decide(deciding, LETTERS_EXPERT, eight, Academy.PARIS, SELECTED, "Une raison mieux dite", null, AT)
                .selection();
        NationalSelection fiveAndLille = select(revised.decide(deciding, LETTERS_EXPERT, eight, Academy.PARIS, NOT_RETAINED,
                "Finalement non", null, AT).selection(), Academy.LILLE);

        assertThat(revised.selected()).hasSize(6);
        assertThat(revised.decisionOf(Academy.PARIS)).hasValueSatisfying(d -> assertThat(d.rationale()).isEqualTo("Une raison mieux dite"));
        assertThat(fiveAndLille.selected()).extracting(Decision::academy).contains(Academy.LILLE).doesNotContain(Academy.PARIS);
    }

    @Test
    void draft_decisions_publish_nothing_and_can_be_taken_back() {
        NationalSelection.Changed decided = draft().decide(deciding, LETTERS_EXPERT, eight, Academy.LYON, SELECTED, "Équipe solide", null, AT);
        NationalSelection.Changed retracted = decided.selection().retract(deciding, LETTERS_EXPERT, Academy.LYON);

        assertThat(decided.events()).isEmpty();
        assertThat(retracted.events()).isEmpty();
        assertThat(retracted.selection().decisions()).isEmpty();
        assertRefused(() -> retracted.selection().retract(deciding, LETTERS_EXPERT, Academy.LYON), SelectionRefusal.NO_DECISION, "no decision");
    }

    @Test
    void only_an_academy_with_a_live_candidature_for_the_theme_can_be_selected() {
        assertRefused(() -> select(draft(), Academy.MAYOTTE), SelectionRefusal.NO_LIVE_CANDIDATURE, "43");
    }

    @Test
    void only_the_theme_s_experts_decide() {
        assertRefused(() -> draft().decide(deciding, "expert-svt", eight, Academy.LYON, SELECTED, "Pourquoi pas", null, AT),
                SelectionRefusal.NOT_THEME_EXPERT, "ia-et-ecriture");
        assertThat(draft().decide(deciding, "expert-philo", eight, Academy.LYON, SELECTED, "Le second expert décide aussi", null, AT)
                .selection().selected()).hasSize(1);
    }

    @Test
    void decisions_and_publication_wait_for_the_national_selection_phase() {
        Campaign callOpen = campaign(CampaignPhase.CALL_OPEN);

        assertRefused(() -> draft().decide(callOpen, LETTERS_EXPERT, eight, Academy.LYON, SELECTED, "Trop tôt", null, AT),
                SelectionRefusal.NOT_NATIONAL_SELECTION, "CALL_OPEN");
        assertRefused(() -> selectFirst(2).publish(campaign(CampaignPhase.LAUNCH_PREPARATION), LETTERS_EXPERT, eight, AT),
                SelectionRefusal.NOT_NATIONAL_SELECTION, "LAUNCH_PREPARATION");
    }

    @Test
    void each_decision_states_its_rationale() {
        assertRefused(() -> draft().decide(deciding, LETTERS_EXPERT, eight, Academy.LYON, SELECTED, "  ", null, AT),
                CommonRefusal.INVALID_VALUE, "rationale");
    }

    @Test
    void publication_announces_each_selected_academy_the_others_as_not_retained_then_the_theme_summary_then_the_teams_for_groups() {
        NationalSelection decided = selectFirst(6).decide(deciding, LETTERS_EXPERT, eight, Academy.LILLE, NOT_RETAINED,
                "Projet proche d'un autre déjà retenu", null, AT).selection();

        NationalSelection.Changed published = decided.publish(deciding, LETTERS_EXPERT, eight, AT);

        List<TraamEvent> events = published.events();
        assertThat(events).hasSize(10);
        assertThat(events.subList(0, 8)).filteredOn(AcademySelected.class::isInstance).hasSize(6);
        List<AcademyNotRetained> notRetained = events.stream().filter(AcademyNotRetained.class::isInstance)
                .map(AcademyNotRetained.class::cast).toList();
        assertThat(notRetained).extracting(e -> e.academy().code()).containsExactly("09", "10");
        assertThat(notRetained).extracting(AcademyNotRetained::rationale).containsExactly("Projet proche d'un autre déjà retenu", null);
        assertThat(events.get(8)).isInstanceOfSatisfying(NationalSelectionPublished.class, summary -> {
            assertThat(summary.selected()).containsExactly("01", "02", "03", "04", "07", "08");
            assertThat(summary.notRetained()).containsExactly("09", "10");
            assertThat(summary.selectedCount()).isEqualTo(6);
            assertThat(summary.notRetainedCount()).isEqualTo(2);
            assertThat(summary.capacity()).isEqualTo(6);
            assertThat(summary.publishedBy()).isEqualTo(LETTERS_EXPERT);
            assertThat(summary.selectionId()).isEqualTo("campaign-2027/ia-et-ecriture");
        });
        assertThat(events.get(9)).isInstanceOfSatisfying(SelectedTeamsTransmitted.class, teams -> {
            assertThat(teams.revision()).isZero();
            assertThat(teams.cycle()).isEqualTo(ThemeCycle.FIRST_YEAR);
            assertThat(teams.teams()).extracting(t -> t.academy().code()).containsExactly("01", "02", "03", "04", "07", "08");
            assertThat(teams.teams()).allSatisfy(t -> assertThat(t.team().teachers()).hasSize(3));
            SelectedTeam paris = teams.teams().get(0);
            assertThat(paris.candidatureId()).isEqualTo("candidature-01");
            assertThat(paris.kind()).isEqualTo(APPLICATION);
            assertThat(paris.team().referent().email()).isEqualTo("sophie.durand@ac-paris.fr");
            assertThat(paris.team().inspectorCorps()).isEqualTo("IA_IPR");
        });
        assertThat(EventCatalogue.of(events.get(9)).topic()).isEqualTo(Topics.CANDIDATURE_TEAMS);
        assertNoTeamOnAPublicTopic(events);
        assertThat(events).allSatisfy(e -> assertThat(e.aggregateId()).isEqualTo("campaign-2027/ia-et-ecriture"));
        assertThat(published.selection().status()).isEqualTo(SelectionStatus.PUBLISHED);
        assertThat(published.selection().decisions()).hasSize(8);
    }

    @Test
    void once_published_the_decisions_are_final() {
        NationalSelection published = selectFirst(5).publish(deciding, LETTERS_EXPERT, eight, AT).selection();

        assertRefused(() -> select(published, Academy.LILLE), SelectionRefusal.SELECTION_PUBLISHED, "amendment");
        assertRefused(() -> published.retract(deciding, LETTERS_EXPERT, Academy.PARIS), SelectionRefusal.SELECTION_PUBLISHED, "final");
        assertRefused(() -> published.publish(deciding, LETTERS_EXPERT, eight, AT), SelectionRefusal.SELECTION_PUBLISHED, "final");
    }

    @Test
    void an_amendment_corrects_a_published_decision_is_announced_and_is_kept() {
        NationalSelection published = selectFirst(5).publish(deciding, LETTERS_EXPERT, eight, AT).selection();

        NationalSelection.Changed added = published.amend(deciding, LETTERS_EXPERT, eight, Academy.LILLE, SELECTED,
                "Une équipe s'est désistée ailleurs", null, AT.plusSeconds(60));
        NationalSelection.Changed removed = added.selection().amend(campaign(CampaignPhase.LAUNCH_PREPARATION), LETTERS_EXPERT,
                eight, Academy.PARIS, NOT_RETAINED, "L'inspecteur pilote a quitté l'académie", null, AT.plusSeconds(120));

        assertThat(added.events()).first().isInstanceOfSatisfying(SelectionAmended.class, amended -> {
            assertThat(amended.from()).isEqualTo(NOT_RETAINED);
            assertThat(amended.to()).isEqualTo(SELECTED);
            assertThat(amended.rationale()).isEqualTo("Une équipe s'est désistée ailleurs");
            assertThat(amended.amendedBy()).isEqualTo(LETTERS_EXPERT);
        });
        assertThat(removed.events()).first().isInstanceOfSatisfying(SelectionAmended.class,
                amended -> assertThat(amended.to()).isEqualTo(NOT_RETAINED));
        assertNoTeamOnAPublicTopic(added.events());
        assertNoTeamOnAPublicTopic(removed.events());
        assertThat(removed.selection().amendments()).extracting(Amendment::academy, Amendment::from, Amendment::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Academy.LILLE, NOT_RETAINED, SELECTED),
                        org.assertj.core.groups.Tuple.tuple(Academy.PARIS, SELECTED, NOT_RETAINED));
        assertThat(removed.selection().selected()).extracting(Decision::academy).contains(Academy.LILLE).doesNotContain(Academy.PARIS);
    }

    @Test
    void an_amendment_also_announces_the_whole_amended_selection_to_everyone_without_personal_data() {
        NationalSelection published = selectFirst(6).publish(deciding, LETTERS_EXPERT, eight, AT).selection();

        NationalSelection.Changed removed = published.amend(deciding, LETTERS_EXPERT, eight, Academy.PARIS, NOT_RETAINED,
                "L'inspecteur pilote a quitté l'académie", null, AT.plusSeconds(60));
        NationalSelection.Changed added = removed.selection().amend(deciding, LETTERS_EXPERT, eight, Academy.LILLE, SELECTED,
                "Lille reprend la place", null, AT.plusSeconds(120));

        assertThat(removed.events()).hasSize(3).element(1).isInstanceOfSatisfying(NationalSelectionAmended.class, amended -> {
            assertThat(amended.revision()).isEqualTo(1);
            assertThat(amended.academy().code()).isEqualTo(Academy.PARIS.code());
            assertThat(amended.removed()).containsExactly(Academy.PARIS.code());
            assertThat(amended.added()).isEmpty();
            assertThat(amended.selected()).hasSize(5).doesNotContain(Academy.PARIS.code());
            assertThat(amended.notRetained()).contains(Academy.PARIS.code()).hasSize(3);
        });
        assertThat(added.events()).hasSize(3).element(1).isInstanceOfSatisfying(NationalSelectionAmended.class, amended -> {
            assertThat(amended.revision()).isEqualTo(2);
            assertThat(amended.added()).containsExactly(Academy.LILLE.code());
            assertThat(amended.selected()).hasSize(6).contains(Academy.LILLE.code());
            // The team selected with Lille goes to the groups service only, in SelectedTeamsTransmitted.
            String json = new String(EventJson.write(amended), StandardCharsets.UTF_8);
            assertThat(json).doesNotContain("@").doesNotContain("Moreau").doesNotContain("team")
                    .as("the public read leaves out rationales and experts (ADR 8)").doesNotContain("Lille reprend").doesNotContain(LETTERS_EXPERT);
        });
    }

    @Test
    void each_amendment_transmits_the_teams_selected_after_it_with_its_revision() {
        NationalSelection published = selectFirst(6).publish(deciding, LETTERS_EXPERT, eight, AT).selection();

        NationalSelection.Changed removed = published.amend(deciding, LETTERS_EXPERT, eight, Academy.PARIS, NOT_RETAINED,
                "L'inspecteur pilote a quitté l'académie", null, AT.plusSeconds(60));
        NationalSelection.Changed added = removed.selection().amend(deciding, LETTERS_EXPERT, eight, Academy.LILLE, SELECTED,
                "Lille reprend la place", null, AT.plusSeconds(120));

        assertThat(removed.events().get(2)).isInstanceOfSatisfying(SelectedTeamsTransmitted.class, teams -> {
            assertThat(teams.revision()).isEqualTo(((NationalSelectionAmended) removed.events().get(1)).revision()).isEqualTo(1);
            assertThat(teams.teams()).extracting(t -> t.academy().code()).containsExactly("02", "03", "04", "07", "08");
        });
        assertThat(added.events().get(2)).isInstanceOfSatisfying(SelectedTeamsTransmitted.class, teams -> {
            assertThat(teams.revision()).isEqualTo(((NationalSelectionAmended) added.events().get(1)).revision()).isEqualTo(2);
            assertThat(teams.teams()).extracting(t -> t.academy().code()).containsExactly("02", "03", "04", "07", "08", "09");
            assertThat(teams.teams().get(5).team().cardie().email()).isEqualTo("luc.moreau@ac-lille.fr");
            assertThat(teams.selectionId()).isEqualTo("campaign-2027/ia-et-ecriture");
        });
    }

    @Test
    void an_amendment_that_leaves_no_academy_selected_transmits_no_team() {
        NationalSelection published = selectFirst(1).publish(deciding, LETTERS_EXPERT, eight, AT).selection();

        NationalSelection.Changed emptied = published.amend(deciding, LETTERS_EXPERT, eight, Academy.PARIS, NOT_RETAINED,
                "L'équipe se retire", null, AT.plusSeconds(60));

        assertThat(emptied.events()).last().isInstanceOfSatisfying(SelectedTeamsTransmitted.class, teams -> {
            assertThat(teams.revision()).isEqualTo(1);
            assertThat(teams.teams()).isEmpty();
        });
    }

    @Test
    void an_amendment_obeys_the_capacity_changes_something_and_states_why() {
        NationalSelection published = selectFirst(6).publish(deciding, LETTERS_EXPERT, eight, AT).selection();

        assertRefused(() -> published.amend(deciding, LETTERS_EXPERT, eight, Academy.LILLE, SELECTED, "Une septième", null, AT),
                SelectionRefusal.CAPACITY_REACHED, "at most 6");
        assertRefused(() -> published.amend(deciding, LETTERS_EXPERT, eight, Academy.PARIS, SELECTED, "Déjà fait", null, AT),
                SelectionRefusal.NO_CHANGE, "already SELECTED");
        assertRefused(() -> published.amend(deciding, LETTERS_EXPERT, eight, Academy.PARIS, NOT_RETAINED, null, null, AT),
                CommonRefusal.INVALID_VALUE, "rationale");
        assertRefused(() -> published.amend(deciding, "expert-svt", eight, Academy.PARIS, NOT_RETAINED, "Pas mon thème", null, AT),
                SelectionRefusal.NOT_THEME_EXPERT, "ia-et-ecriture");
    }

    @Test
    void amendments_apply_to_a_published_selection_until_year_one_starts() {
        NationalSelection published = selectFirst(5).publish(deciding, LETTERS_EXPERT, eight, AT).selection();

        assertRefused(() -> selectFirst(5).amend(deciding, LETTERS_EXPERT, eight, Academy.LILLE, SELECTED, "Trop tôt", null, AT),
                SelectionRefusal.SELECTION_NOT_YET_PUBLISHED, "draft");
        assertRefused(() -> published.amend(campaign(CampaignPhase.YEAR_ONE), LETTERS_EXPERT, eight, Academy.LILLE, SELECTED,
                "Trop tard", null, AT), SelectionRefusal.AMENDMENTS_CLOSED, "YEAR_ONE");
    }

    @Test
    void a_first_year_selection_says_nothing_of_year_one_checks() {
        NationalSelection.Changed published = selectFirst(1).publish(deciding, LETTERS_EXPERT, eight, AT);

        assertThat(published.events().get(0)).isInstanceOfSatisfying(AcademySelected.class, e -> assertThat(e.yearOne()).isNull());
    }

    private NationalSelection draft() {
        return NationalSelection.begin(deciding, AI_AND_WRITING);
    }

    private NationalSelection selectFirst(int count) {
        NationalSelection selection = draft();
        for (Academy academy : EIGHT.subList(0, count)) {
            selection = select(selection, academy);
        }
        return selection;
    }

    private NationalSelection select(NationalSelection selection, Academy academy) {
        return selection.decide(deciding, LETTERS_EXPERT, eight, academy, SELECTED, "Projet solide pour " + academy.label(), null, AT)
                .selection();
    }

    static void assertRefused(ThrowingCallable call, Refusal refusal, String saying) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class, problem -> {
            assertThat(problem.refusal()).isEqualTo(refusal);
            assertThat(problem.getMessage()).contains(saying);
        });
    }
}

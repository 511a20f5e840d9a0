package fr.education.traam.campaigns.campaign;

import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.kit.domain.CommonRefusal;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.education.traam.campaigns.campaign.CampaignMother.CALL_OPENING;
import static fr.education.traam.campaigns.campaign.CampaignMother.artificialIntelligence;
import static fr.education.traam.campaigns.campaign.CampaignMother.calendar2027;
import static fr.education.traam.campaigns.campaign.CampaignMother.draftWithThemes;
import static fr.education.traam.campaigns.campaign.CampaignMother.draftWithoutThemes;
import static fr.education.traam.campaigns.campaign.CampaignMother.mathsWithData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignTest {

    @Test
    void a_new_campaign_is_a_draft_that_announces_its_themes_and_calendar() {
        Campaign.Changed drafted = Campaign.draft(new CampaignId("c"), new SchoolYear(2027), "TraAM", calendar2027(),
                List.of(artificialIntelligence()), "expert-lettres");

        assertThat(drafted.campaign().phase()).isEqualTo(CampaignPhase.DRAFT);
        assertThat(drafted.events()).singleElement().isInstanceOfSatisfying(CampaignCreated.class, created -> {
            assertThat(created.themes()).extracting(t -> t.themeId()).containsExactly("ia-et-ecriture");
            assertThat(created.calendar().callOpening()).isEqualTo(CALL_OPENING);
            assertThat(created.schoolYear()).isEqualTo("2027-2028");
        });
    }

    @Test
    void an_expert_opens_the_call_ahead_of_its_date() {
        LocalDate early = CALL_OPENING.minusDays(10);

        Campaign.Changed opened = draftWithThemes().advanceTo(CampaignPhase.CALL_OPEN, early, "expert-lettres");

        assertThat(opened.campaign().phase()).isEqualTo(CampaignPhase.CALL_OPEN);
        assertThat(opened.events()).singleElement().isEqualTo(new CampaignPhaseAdvanced("campaign-2027", "2027-2028",
                "TraAM 2027-2028", CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN, early, AdvanceTrigger.EXPERT, "expert-lettres"));
    }

    @Test
    void refuses_to_skip_a_phase() {
        assertThatThrownBy(() -> draftWithThemes().advanceTo(CampaignPhase.NATIONAL_SELECTION, CALL_OPENING, "e"))
                .isInstanceOfSatisfying(Refused.class, problem -> {
                    assertThat(problem.refusal()).isEqualTo(CampaignRefusal.INVALID_PHASE_TRANSITION);
                });
    }

    @Test
    void refuses_to_go_back_or_beyond_closing() {
        Campaign open = draftWithThemes().advanceTo(CampaignPhase.CALL_OPEN, CALL_OPENING, "e").campaign();
        Campaign closed = open.followCalendar(LocalDate.of(2030, 1, 1)).campaign();

        assertThatThrownBy(() -> open.advanceTo(CampaignPhase.DRAFT, CALL_OPENING, "e")).isInstanceOf(Refused.class);
        assertThat(closed.phase()).isEqualTo(CampaignPhase.CLOSED);
        assertThatThrownBy(() -> closed.advanceTo(CampaignPhase.CLOSED, CALL_OPENING, "e"))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.refusal()).isEqualTo(CampaignRefusal.CAMPAIGN_CLOSED));
    }

    @Test
    void a_call_without_themes_cannot_open() {
        assertThatThrownBy(() -> draftWithoutThemes().advanceTo(CampaignPhase.CALL_OPEN, CALL_OPENING, "e"))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.refusal()).isEqualTo(CampaignRefusal.CAMPAIGN_WITHOUT_THEMES));
        assertThat(draftWithoutThemes().followCalendar(CALL_OPENING.plusDays(1)).events()).isEmpty();
    }

    @Test
    void nothing_moves_before_the_call_opening_date() {
        Campaign.Changed unchanged = draftWithThemes().followCalendar(CALL_OPENING.minusDays(1));

        assertThat(unchanged.events()).isEmpty();
        assertThat(unchanged.campaign().phase()).isEqualTo(CampaignPhase.DRAFT);
    }

    @Test
    void the_calendar_catches_up_phase_by_phase_dated_by_its_milestones() {
        Campaign.Changed caughtUp = draftWithThemes().followCalendar(LocalDate.of(2027, 6, 18));

        assertThat(caughtUp.campaign().phase()).isEqualTo(CampaignPhase.LAUNCH_PREPARATION);
        assertThat(caughtUp.events()).map(e -> (CampaignPhaseAdvanced) e)
                .extracting(CampaignPhaseAdvanced::to, CampaignPhaseAdvanced::effectiveOn, CampaignPhaseAdvanced::trigger)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CampaignPhase.CALL_OPEN, CALL_OPENING, AdvanceTrigger.CALENDAR),
                        org.assertj.core.groups.Tuple.tuple(CampaignPhase.NATIONAL_SELECTION, LocalDate.of(2027, 5, 14), AdvanceTrigger.CALENDAR),
                        org.assertj.core.groups.Tuple.tuple(CampaignPhase.LAUNCH_PREPARATION, LocalDate.of(2027, 6, 18), AdvanceTrigger.CALENDAR));
    }

    @Test
    void themes_are_added_and_withdrawn_only_in_a_draft() {
        Campaign draft = draftWithoutThemes();
        Campaign.Changed added = draft.addTheme(artificialIntelligence(), "e");
        Campaign open = added.campaign().advanceTo(CampaignPhase.CALL_OPEN, CALL_OPENING, "e").campaign();

        assertThat(added.events()).singleElement().isInstanceOf(ThemeAdded.class);
        assertThat(added.campaign().withdrawTheme(artificialIntelligence().id(), "e").events()).singleElement().isInstanceOf(ThemeWithdrawn.class);
        assertThatThrownBy(() -> open.addTheme(mathsWithData(), "e"))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.refusal()).isEqualTo(CampaignRefusal.INVALID_PHASE));
        assertThatThrownBy(() -> open.withdrawTheme(artificialIntelligence().id(), "e")).isInstanceOf(Refused.class);
    }

    @Test
    void refuses_a_second_theme_with_the_same_id() {
        assertThatThrownBy(() -> draftWithThemes().addTheme(artificialIntelligence(), "e"))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.refusal()).isEqualTo(CampaignRefusal.THEME_EXISTS));
    }

    @Test
    void a_theme_is_revised_while_the_call_is_open_but_not_after() {
        Theme bigger = new Theme(artificialIntelligence().id(), "IA et écriture", "revu", artificialIntelligence().kind(),
                artificialIntelligence().disciplines(), artificialIntelligence().experts(), 8, artificialIntelligence().cycle(), null);
        Campaign open = draftWithThemes().advanceTo(CampaignPhase.CALL_OPEN, CALL_OPENING, "e").campaign();
        Campaign selecting = open.followCalendar(LocalDate.of(2027, 5, 14)).campaign();

        Campaign.Changed revised = open.reviseTheme(bigger, "igesr");

        assertThat(revised.events()).singleElement().isInstanceOfSatisfying(ThemeRevised.class,
                r -> assertThat(r.theme().capacity()).isEqualTo(8));
        assertThat(open.reviseTheme(artificialIntelligence(), "igesr").events()).as("no change, no event").isEmpty();
        assertThatThrownBy(() -> selecting.reviseTheme(bigger, "igesr")).isInstanceOf(Refused.class);
    }

    @Test
    void reschedules_phases_not_yet_reached_only() {
        Campaign open = draftWithThemes().advanceTo(CampaignPhase.CALL_OPEN, CALL_OPENING, "e").campaign();
        Calendar c = calendar2027();
        Calendar laterDeadline = new Calendar(c.callOpening(), c.academicSelectionDeadline().plusDays(7), c.nationalSelection(),
                c.launch(), c.yearTwoStart(), c.closing());
        Calendar movedOpening = new Calendar(c.callOpening().plusDays(1), c.academicSelectionDeadline(), c.nationalSelection(),
                c.launch(), c.yearTwoStart(), c.closing());

        assertThat(open.reschedule(laterDeadline, "e").events()).singleElement().isInstanceOf(CampaignRescheduled.class);
        assertThatThrownBy(() -> open.reschedule(movedOpening, "e"))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("calendar.callOpening"));
    }

    @Test
    void calendar_dates_must_be_in_order_and_the_problem_names_the_date() {
        assertThatThrownBy(() -> new Calendar(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 18),
                LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6)))
                .isInstanceOfSatisfying(Refused.class, p -> {
                    assertThat(p.refusal()).isEqualTo(CommonRefusal.INVALID_VALUE);
                    assertThat(p.field()).isEqualTo("calendar.academicSelectionDeadline");
                });
    }
}

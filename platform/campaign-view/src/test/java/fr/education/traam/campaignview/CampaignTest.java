package fr.education.traam.campaignview;

import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The view of a campaign follows its events, each applied once, and never moves back. */
class CampaignTest {

    private final Campaign created = Campaign.createdBy("e-1", CampaignEventsMother.created("campaign-2027"));

    @Test
    void a_created_campaign_is_a_draft_with_its_themes_capacity_cycle_and_experts() {
        assertThat(created.phase()).isEqualTo(CampaignPhase.DRAFT);
        assertThat(created.callOpen()).isFalse();
        assertThat(created.theme(CampaignEventsMother.CLIMATE_YEAR_TWO)).hasValueSatisfying(theme -> {
            assertThat(theme.cycle()).isEqualTo(ThemeCycle.SECOND_YEAR);
            assertThat(theme.continues()).isEqualTo(new ThemeId("climat-et-donnees"));
            assertThat(theme.capacity()).isEqualTo(6);
            assertThat(theme.experts()).containsExactly(new DneExpert("expert-svt", "Awa Traoré"));
        });
    }

    @Test
    void themes_are_added_revised_and_withdrawn() {
        Campaign campaign = created.apply("e-2", new ThemeAdded("campaign-2027", CampaignEventsMother.maths(6), "expert"))
                .apply("e-3", new ThemeRevised("campaign-2027", CampaignEventsMother.maths(8), "igesr"))
                .apply("e-4", new ThemeWithdrawn("campaign-2027", CampaignEventsMother.AI_AND_WRITING.value(), "expert"));

        assertThat(campaign.themes()).extracting(t -> t.id().value()).containsExactly("climat-et-donnees-2", "donnees-en-mathematiques");
        assertThat(campaign.theme(new ThemeId("donnees-en-mathematiques"))).hasValueSatisfying(t -> assertThat(t.capacity()).isEqualTo(8));
        assertThat(campaign.disciplines()).as("each discipline once, in the themes' order")
                .containsExactly("SVT", "Lettres", "Mathématiques");
    }

    @Test
    void a_redelivered_event_changes_nothing_even_after_later_ones() {
        ThemeDetails maths = CampaignEventsMother.maths(6);
        Campaign campaign = created.apply("e-2", new ThemeAdded("campaign-2027", maths, "expert"))
                .apply("e-3", new ThemeWithdrawn("campaign-2027", maths.themeId(), "expert"));

        Campaign redelivered = campaign.apply("e-2", new ThemeAdded("campaign-2027", maths, "expert"));

        assertThat(redelivered).isSameAs(campaign);
        assertThat(redelivered.theme(new ThemeId(maths.themeId()))).isEmpty();
    }

    @Test
    void a_theme_is_led_by_its_experts_only() {
        assertThat(created.theme(CampaignEventsMother.AI_AND_WRITING)).hasValueSatisfying(theme -> {
            assertThat(theme.ledBy("expert-lettres")).isTrue();
            assertThat(theme.ledBy("expert-svt")).isFalse();
        });
    }

    @Test
    void phases_only_move_forward() {
        Campaign open = created.apply("e-2", advanced(CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN));
        Campaign selecting = open.apply("e-3", advanced(CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION));

        Campaign late = selecting.apply("e-2-republished-under-a-new-id", advanced(CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN));

        assertThat(open.callOpen()).isTrue();
        assertThat(late.phase()).isEqualTo(CampaignPhase.NATIONAL_SELECTION);
    }

    @Test
    void a_rescheduling_replaces_the_calendar() {
        CampaignCalendar later = new CampaignCalendar(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 20),
                LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));

        assertThat(created.apply("e-2", new CampaignRescheduled("campaign-2027", later, "expert")).calendar()).isEqualTo(later);
    }

    @Test
    void an_event_of_another_campaign_is_ignored() {
        assertThat(created.apply("e-2", new ThemeWithdrawn("campaign-2028", CampaignEventsMother.AI_AND_WRITING.value(), "expert")))
                .isSameAs(created);
    }

    private static CampaignPhaseAdvanced advanced(CampaignPhase from, CampaignPhase to) {
        return CampaignEventsMother.advanced("campaign-2027", from, to);
    }
}

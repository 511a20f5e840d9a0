package fr.education.traam.candidatures.campaign;

import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The view of a campaign follows its events, each applied once, and never moves back. */
class CampaignTest {

    private final Campaign created = Campaign.createdBy("e-1", CandidatureMother.created("campaign-2027"));

    @Test
    void a_created_campaign_is_a_draft_with_its_themes_capacity_cycle_and_experts() {
        assertThat(created.phase()).isEqualTo(CampaignPhase.DRAFT);
        assertThat(created.callOpen()).isFalse();
        assertThat(created.theme(CandidatureMother.CLIMATE_YEAR_TWO)).hasValueSatisfying(theme -> {
            assertThat(theme.cycle()).isEqualTo(ThemeCycle.SECOND_YEAR);
            assertThat(theme.continues()).isEqualTo(new ThemeId("climat-et-donnees"));
            assertThat(theme.capacity()).isEqualTo(6);
            assertThat(theme.experts()).containsExactly(new DneExpert("expert-svt", "Awa Traoré"));
        });
    }

    @Test
    void themes_are_added_revised_and_withdrawn() {
        ThemeDetails maths = new ThemeDetails("maths", "Données en mathématiques", "", ThemeKind.DISCIPLINARY,
                List.of("Mathématiques"), List.of(new DneExpert("expert-maths", "Awa Traoré")), 6, ThemeCycle.FIRST_YEAR, null);
        ThemeDetails bigger = new ThemeDetails("maths", "Données en mathématiques", "", ThemeKind.DISCIPLINARY,
                List.of("Mathématiques"), List.of(new DneExpert("expert-maths", "Awa Traoré")), 8, ThemeCycle.FIRST_YEAR, null);

        Campaign campaign = created.apply("e-2", new ThemeAdded("campaign-2027", maths, "expert"))
                .apply("e-3", new ThemeRevised("campaign-2027", bigger, "igesr"))
                .apply("e-4", new ThemeWithdrawn("campaign-2027", CandidatureMother.AI_AND_WRITING.value(), "expert"));

        assertThat(campaign.themes()).extracting(t -> t.id().value()).containsExactly("climat-et-donnees-2", "maths");
        assertThat(campaign.theme(new ThemeId("maths"))).hasValueSatisfying(t -> assertThat(t.capacity()).isEqualTo(8));
    }

    @Test
    void a_redelivered_event_changes_nothing_even_after_later_ones() {
        ThemeDetails maths = new ThemeDetails("maths", "Données en mathématiques", "", ThemeKind.DISCIPLINARY,
                List.of("Mathématiques"), List.of(new DneExpert("expert-maths", "Awa Traoré")), 6, ThemeCycle.FIRST_YEAR, null);
        Campaign campaign = created.apply("e-2", new ThemeAdded("campaign-2027", maths, "expert"))
                .apply("e-3", new ThemeWithdrawn("campaign-2027", "maths", "expert"));

        Campaign redelivered = campaign.apply("e-2", new ThemeAdded("campaign-2027", maths, "expert"));

        assertThat(redelivered).isSameAs(campaign);
        assertThat(redelivered.theme(new ThemeId("maths"))).isEmpty();
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
        assertThat(created.apply("e-2", new ThemeWithdrawn("campaign-2028", CandidatureMother.AI_AND_WRITING.value(), "expert")))
                .isSameAs(created);
    }

    private static CampaignPhaseAdvanced advanced(CampaignPhase from, CampaignPhase to) {
        return new CampaignPhaseAdvanced("campaign-2027", "2027-2028", "TraAM 2027-2028", from, to, LocalDate.of(2027, 3, 15),
                AdvanceTrigger.EXPERT, "expert");
    }
}

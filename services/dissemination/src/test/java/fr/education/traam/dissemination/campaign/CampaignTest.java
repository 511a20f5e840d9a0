package fr.education.traam.dissemination.campaign;

import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
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

class CampaignTest {

    private static final CampaignCalendar CALENDAR = new CampaignCalendar(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14),
            LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));

    @Test
    void the_view_follows_its_themes_and_a_late_duplicate_does_not_bring_a_withdrawn_theme_back() {
        Campaign campaign = Campaign.createdBy("e1", new CampaignCreated("c", "2027-2028", "TraAM 2027-2028", CALENDAR,
                List.of(theme("ia", "IA et écriture", "Lettres", "Philosophie")), "x"));
        campaign = campaign.apply("e2", new ThemeAdded("c", theme("maths", "Données", "Mathématiques"), "x"));
        campaign = campaign.apply("e3", new ThemeRevised("c", theme("ia", "IA et écriture", "Lettres", "Philosophie", "SES"), "x"));
        campaign = campaign.apply("e4", new ThemeWithdrawn("c", "maths", "x"));

        Campaign redelivered = campaign.apply("e2", new ThemeAdded("c", theme("maths", "Données", "Mathématiques"), "x"));

        assertThat(redelivered).isEqualTo(campaign);
        assertThat(campaign.themes()).extracting(Theme::id).containsExactly("ia");
        assertThat(campaign.disciplines()).containsExactly("Lettres", "Philosophie", "SES");
    }

    @Test
    void every_discipline_of_its_themes_is_named_once() {
        Campaign campaign = Campaign.createdBy("e1", new CampaignCreated("c", "2027-2028", "TraAM 2027-2028", CALENDAR,
                List.of(theme("ia", "IA", "Lettres", "Philosophie"), theme("debat", "Débat", "Philosophie", "EMC")), "x"));

        assertThat(campaign.disciplines()).containsExactly("Lettres", "Philosophie", "EMC");
    }

    private static ThemeDetails theme(String id, String title, String... disciplines) {
        return new ThemeDetails(id, title, "", disciplines.length == 1 ? ThemeKind.DISCIPLINARY : ThemeKind.INTERDISCIPLINARY,
                List.of(disciplines), List.of(new DneExpert("expert", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null);
    }
}

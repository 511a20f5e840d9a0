package fr.education.traam.web.campaign;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExpertCampaignTest {

    private static final CampaignJson.Calendar CALENDAR = new CampaignJson.Calendar(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14),
            LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));

    private static CampaignJson.Campaign campaign(String phase, String next) {
        return new CampaignJson.Campaign("c", "2027-2028", "TraAM 2027-2028", phase, next, LocalDate.of(2027, 5, 14), CALENDAR, List.of(
                new CampaignJson.Theme("ia", "IA et écriture", "", "INTERDISCIPLINARY", List.of("Lettres"),
                        List.of(new CampaignJson.Expert("expert-lettres", "Claire Martin")), 6, "FIRST_YEAR", null),
                new CampaignJson.Theme("maths", "Données", "", "DISCIPLINARY", List.of("Mathématiques"),
                        List.of(new CampaignJson.Expert("expert-maths", "Awa Traoré")), 6, "FIRST_YEAR", null)));
    }

    @Test
    void the_person_s_themes_are_those_that_name_their_subject_as_expert() {
        ExpertCampaign screen = ExpertCampaign.of(campaign("CALL_OPEN", "NATIONAL_SELECTION"), "\"4\"", "expert-lettres",
                LocalDate.of(2027, 4, 1));

        assertThat(screen.themes()).extracting(ExpertCampaign.ThemeLine::mine).containsExactly(true, false);
        assertThat(screen.nextPhaseLabel()).isEqualTo("Sélection nationale");
        assertThat(screen.canMove()).isTrue();
        assertThat(screen.selectionOpen()).isTrue();
        assertThat(screen.version()).isEqualTo("\"4\"");
        assertThat(screen.timeline().segments()).filteredOn(Timeline.Segment::current).extracting(Timeline.Segment::label)
                .containsExactly("Appel à candidatures");
    }

    @Test
    void a_closed_campaign_moves_no_more_and_a_draft_has_no_selection_yet() {
        assertThat(ExpertCampaign.of(campaign("CLOSED", null), null, "expert-lettres", LocalDate.of(2030, 1, 1)).canMove()).isFalse();
        assertThat(ExpertCampaign.of(campaign("DRAFT", "CALL_OPEN"), null, "expert-lettres", LocalDate.of(2027, 1, 1)).selectionOpen()).isFalse();
    }
}

package fr.education.traam.web.candidature;

import fr.education.traam.web.campaign.CampaignJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AcademyCandidaturesTest {

    private static final CandidatureJson.Academy LYON = new CandidatureJson.Academy("10", "Lyon", "Auvergne-Rhône-Alpes");
    private static final CandidatureJson.Academy GRENOBLE = new CandidatureJson.Academy("08", "Grenoble", "Auvergne-Rhône-Alpes");

    @Test
    void each_theme_says_whether_the_academie_applied_and_its_outcome_once_published() {
        CampaignJson.Campaign campaign = campaign("NATIONAL_SELECTION", theme("ia", "Écrire avec l'IA"), theme("philo", "Philosopher"),
                theme("sciences", "Sciences"));
        List<CandidatureJson.Candidature> lyon = List.of(candidature("c1", "ia", "SUBMITTED"), candidature("c2", "philo", "SUBMITTED"),
                candidature("c0", "sciences", "WITHDRAWN"));
        List<CandidatureJson.PublishedSelection> published = List.of(new CandidatureJson.PublishedSelection("camp", "ia", Instant.EPOCH,
                List.of(new CandidatureJson.Selected(GRENOBLE, "APPLICATION", "Solide")), List.of(LYON)));

        AcademyCandidatures page = AcademyCandidatures.of(campaign, "10", lyon, published);

        assertThat(page.callOpen()).isFalse();
        assertThat(page.rows()).extracting(AcademyCandidatures.Row::themeTitle, AcademyCandidatures.Row::candidatureId,
                AcademyCandidatures.Row::live, AcademyCandidatures.Row::stateLabel, AcademyCandidatures.Row::outcomeLabel).containsExactly(
                tuple("Écrire avec l'IA", "c1", true, "Déposée", "Non retenue"),
                tuple("Philosopher", "c2", true, "Déposée", "Sélection pas encore publiée"),
                // Withdrawn: readable, and the theme may be applied for again while the call is open.
                tuple("Sciences", "c0", false, "Retirée", null));
    }

    @Test
    void a_live_candidature_wins_over_a_withdrawn_one_and_a_theme_without_any_offers_to_apply_while_the_call_is_open() {
        CampaignJson.Campaign campaign = campaign("CALL_OPEN", theme("ia", "Écrire avec l'IA"), theme("philo", "Philosopher"));
        List<CandidatureJson.Candidature> lyon = List.of(candidature("old", "ia", "WITHDRAWN"), candidature("new", "ia", "SUBMITTED"));

        AcademyCandidatures page = AcademyCandidatures.of(campaign, "10", lyon, List.of());

        assertThat(page.callOpen()).isTrue();
        assertThat(page.rows().get(0).candidatureId()).isEqualTo("new");
        assertThat(page.rows().get(0).live()).isTrue();
        assertThat(page.rows().get(1).applied()).isFalse();
        assertThat(page.rows().get(1).stateLabel()).isEqualTo("Pas de candidature");
    }

    private static CampaignJson.Campaign campaign(String phase, CampaignJson.Theme... themes) {
        return new CampaignJson.Campaign("camp", "2027-2028", "TraAM 2027", phase, null, null, null, List.of(themes));
    }

    private static CampaignJson.Theme theme(String id, String title) {
        return new CampaignJson.Theme(id, title, "", "DISCIPLINARY", List.of(), List.of(), 6, "FIRST_YEAR", null);
    }

    private static CandidatureJson.Candidature candidature(String id, String themeId, String status) {
        return new CandidatureJson.Candidature(id, "camp", themeId, LYON, "APPLICATION", status, "FORM", List.of(), null, 1);
    }
}

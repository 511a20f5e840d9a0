package fr.education.traam.candidatures.selection.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static fr.education.traam.candidatures.selection.web.SelectionJourney.JSON;
import static fr.education.traam.candidatures.selection.web.SelectionJourney.PATIENCE;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two campaigns a year apart on the real service: the first year's published selection of a theme decides which
 * académies may continue it in the second year, and the second year goes on only with three of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class SecondYearSelectionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;

    private final String expert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, "expert-svt");

    @Test
    void only_academies_selected_in_the_first_year_continue_and_three_must_for_the_theme_to_go_on() throws Exception {
        SelectionJourney journey = new SelectionJourney(port, publisher, campaigns);
        // A theme id of its own: the continued theme is found by id across campaigns, and other tests publish too.
        String firstYearTheme = "climat-" + UUID.randomUUID();
        String secondYearTheme = firstYearTheme + "-2";

        String firstYear = journey.campaignWithOpenCall(List.of(theme(firstYearTheme, ThemeCycle.FIRST_YEAR, null)));
        for (String academy : List.of("01", "02", "03", "04")) {
            journey.apply(firstYear, firstYearTheme, academy, null);
        }
        journey.advance(firstYear, CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION);
        String firstSelection = "/api/candidatures/selections/" + firstYear + "/" + firstYearTheme;
        for (String academy : List.of("01", "02", "03")) {
            assertThat(journey.decide(firstSelection, expert, academy, "SELECTED").statusCode()).isEqualTo(200);
        }
        assertThat(journey.send("POST", firstSelection + "/publication", expert, null).statusCode()).isEqualTo(200);

        String secondYear = journey.campaignWithOpenCall(List.of(theme(secondYearTheme, ThemeCycle.SECOND_YEAR, firstYearTheme)));
        for (String academy : List.of("01", "02", "03", "04")) {
            journey.apply(secondYear, secondYearTheme, academy, "CONTINUATION");
        }
        journey.apply(secondYear, secondYearTheme, "10", "NEW_ENTRY");
        journey.advance(secondYear, CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION);
        String selection = "/api/candidatures/selections/" + secondYear + "/" + secondYearTheme;

        assertProblem(journey.decide(selection, expert, "04", "SELECTED"), 422, "not-in-year-one");
        journey.decide(selection, expert, "01", "SELECTED");
        journey.decide(selection, expert, "02", "SELECTED");
        assertThat(journey.decide(selection, expert, "10", "SELECTED").statusCode()).isEqualTo(200);
        assertProblem(journey.send("POST", selection + "/publication", expert, null), 422, "too-few-continuations");

        JsonNode sheet = JSON.readTree(journey.decide(selection, expert, "03", "SELECTED").body());
        assertThat(sheet.get("continuations").asInt()).isEqualTo(3);
        assertThat(sheet.get("applicants").valueStream().filter(a -> "03".equals(a.at("/academy/code").asString())).findFirst()
                .orElseThrow().get("yearOne").asString()).isEqualTo("VERIFIED");
        assertThat(journey.send("POST", selection + "/publication", expert, null).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(journey.send("GET", selection, null, null).body()).get("selected")).hasSize(4);
        try (KafkaTopicProbe teams = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURE_TEAMS)) {
            JsonNode transmitted = JSON.readTree(teams.awaitRecords(r -> (secondYear + "/" + secondYearTheme).equals(r.key()),
                    1, PATIENCE).get(0).value());
            assertThat(transmitted.get("cycle").asString()).isEqualTo("SECOND_YEAR");
            assertThat(transmitted.get("teams").valueStream().map(t -> t.at("/academy/code").asString() + " " + t.get("kind").asString()))
                    .as("the continuing and the joining académies' teams, for the groups of the second year")
                    .containsExactly("01 CONTINUATION", "02 CONTINUATION", "03 CONTINUATION", "10 NEW_ENTRY");
        }
    }

    private static ThemeDetails theme(String id, ThemeCycle cycle, String continues) {
        return new ThemeDetails(id, "Climat et données", "Des données climatiques en classe", ThemeKind.TRANSDISCIPLINARY,
                List.of("SVT", "Physique-chimie"), List.of(new DneExpert("expert-svt", "Awa Traoré")), 6, cycle, continues);
    }
}

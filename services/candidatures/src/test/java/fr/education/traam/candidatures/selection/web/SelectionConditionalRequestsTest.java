package fr.education.traam.candidatures.selection.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static fr.education.traam.candidatures.selection.web.SelectionJourney.JSON;
import static fr.education.traam.candidatures.selection.web.SelectionJourney.decision;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme's experts work on one selection: each decision, the publication and each amendment is asked of the version
 * of the sheet they read (its ETag, {@code "-1"} before the first decision); an expert deciding from a sheet another
 * expert has changed since is refused with 412, and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class SelectionConditionalRequestsTest {

    private static final String THEME = "ia-et-ecriture";

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;

    private final String expert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, "expert-lettres");
    private ApiClient api;
    private String selection;

    @BeforeEach
    void lyonAndGrenobleApplyThenTheNationalSelectionStarts() throws Exception {
        api = new ApiClient(port);
        SelectionJourney journey = new SelectionJourney(port, publisher, campaigns);
        String campaignId = journey.campaignWithOpenCall(List.of(new ThemeDetails(THEME, "IA et écriture", "", ThemeKind.INTERDISCIPLINARY,
                List.of("Lettres"), List.of(new DneExpert("expert-lettres", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null)));
        journey.apply(campaignId, THEME, "10", null);
        journey.apply(campaignId, THEME, "08", null);
        journey.advance(campaignId, CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION);
        selection = "/api/candidatures/selections/" + campaignId + "/" + THEME;
    }

    @Test
    void each_decision_asked_of_the_sheet_read_applies_and_answers_the_next_etag() {
        String sheet = etagOf(api.get(selection + "/decisions", expert));

        HttpResponse<String> first = ifMatch("PUT", "/decisions/10", sheet, decision("SELECTED"));
        HttpResponse<String> second = ifMatch("PUT", "/decisions/08", etagOf(first), decision("SELECTED"));
        HttpResponse<String> published = ifMatch("POST", "/publication", etagOf(second), null);

        assertThat(sheet).as("a selection not yet begun").isEqualTo("\"-1\"");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(etagOf(first)).isEqualTo("\"0\"");
        assertThat(etagOf(second)).isEqualTo("\"1\"");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(etagOf(published)).isEqualTo("\"2\"").isEqualTo(etagOf(api.get(selection, null)));
    }

    @Test
    void a_decision_from_a_sheet_changed_since_is_412_and_changes_nothing() {
        String read = etagOf(api.get(selection + "/decisions", expert));
        ifMatch("PUT", "/decisions/10", read, decision("SELECTED"));

        assertProblem(ifMatch("PUT", "/decisions/08", read, decision("SELECTED")), 412, "precondition-failed");
        assertProblem(ifMatch("DELETE", "/decisions/10", read, null), 412, "precondition-failed");
        assertProblem(ifMatch("POST", "/publication", read, null), 412, "precondition-failed");

        HttpResponse<String> sheet = api.get(selection + "/decisions", expert);
        assertThat(JSON.readTree(sheet.body()).get("selectedCount").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(sheet.body()).get("status").asString()).isEqualTo("DRAFT");
        assertThat(etagOf(sheet)).isEqualTo("\"0\"");
    }

    @Test
    void an_amendment_asked_of_a_stale_publication_is_412_and_one_without_if_match_applies() {
        api.send("PUT", selection + "/decisions/10", expert, decision("SELECTED"));
        String published = etagOf(api.send("POST", selection + "/publication", expert, null));
        String amendment = "{\"academy\":\"08\",\"decision\":\"SELECTED\",\"rationale\":\"Une académie retenue s'est désistée\"}";

        HttpResponse<String> amended = api.send("POST", selection + "/amendments", expert, amendment);
        assertProblem(ifMatch("POST", "/amendments", published, amendment.replace("\"08\"", "\"10\"")
                .replace("SELECTED", "NOT_RETAINED")), 412, "precondition-failed");

        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);
        assertThat(etagOf(amended)).isEqualTo("\"2\"").isEqualTo(etagOf(api.get(selection, null)));
        assertThat(JSON.readTree(api.get(selection, null).body()).get("amendments")).hasSize(1);
    }

    @Test
    void the_public_selection_answers_304_to_its_current_etag_and_the_experts_sheet_never_does() {
        api.send("PUT", selection + "/decisions/10", expert, decision("SELECTED"));
        String published = etagOf(api.send("POST", selection + "/publication", expert, null));

        assertThat(api.send("GET", selection, null, null, Map.of("If-None-Match", published)).statusCode()).isEqualTo(304);
        assertThat(api.send("GET", selection + "/decisions", expert, null, Map.of("If-None-Match", published)).statusCode())
                .as("the sheet also shows the candidatures, which its ETag does not follow").isEqualTo(200);
    }

    private HttpResponse<String> ifMatch(String method, String path, String etag, String body) {
        return api.send(method, selection + path, expert, body, Map.of("If-Match", etag));
    }

    private static String etagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + response.uri()
                + ": " + response.body()));
    }
}

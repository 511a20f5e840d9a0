package fr.education.traam.campaigns.campaign.web;

import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.Map;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign read carries its version as ETag; a change asked of that version applies and answers the next one, a
 * change asked of a stale one is 412 and changes nothing, and a change without If-Match applies as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-campaigns-test")
class CampaignConditionalRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String THEME = CampaignJson.theme("IA et écriture", "INTERDISCIPLINARY", "[\"Lettres\",\"Philosophie\"]", 8);

    @LocalServerPort
    int port;
    ApiClient api;
    String expert;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
    }

    @Test
    void opening_the_call_with_the_etag_read_applies_and_answers_the_next_etag() {
        String id = draft();
        String etag = etagOf(api.get("/api/campaigns/" + id, null));

        HttpResponse<String> opened = ifMatch("POST", "/api/campaigns/" + id + "/phase-transitions", etag, "{\"to\":\"CALL_OPEN\"}");

        assertThat(etag).isEqualTo("\"0\"");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(etagOf(opened)).isEqualTo("\"1\"").isEqualTo(etagOf(api.get("/api/campaigns/" + id, null)));
    }

    @Test
    void a_change_asked_of_a_stale_version_is_412_and_changes_nothing() {
        String id = draft();
        String stale = etagOf(api.get("/api/campaigns/" + id + "/themes/ia-et-ecriture", null));
        ifMatch("PUT", "/api/campaigns/" + id + "/themes/ia-et-ecriture", stale, THEME);
        String before = api.get("/api/campaigns/" + id, null).body();

        assertProblem(ifMatch("POST", "/api/campaigns/" + id + "/phase-transitions", stale, "{\"to\":\"CALL_OPEN\"}"), 412,
                "precondition-failed");
        assertProblem(ifMatch("PUT", "/api/campaigns/" + id + "/themes/ia-et-ecriture", stale,
                THEME.replace("\"capacity\":8", "\"capacity\":4")), 412, "precondition-failed");
        assertProblem(ifMatch("DELETE", "/api/campaigns/" + id + "/themes/ia-et-ecriture", stale, null), 412, "precondition-failed");

        HttpResponse<String> after = api.get("/api/campaigns/" + id, null);
        assertThat(after.body()).isEqualTo(before);
        assertThat(etagOf(after)).isEqualTo("\"1\"");
        assertThat(JSON.readTree(after.body()).get("phase").asString()).isEqualTo("DRAFT");
    }

    @Test
    void every_change_answers_its_new_etag_and_one_without_if_match_still_applies() {
        String id = draft();

        HttpResponse<String> added = api.send("POST", "/api/campaigns/" + id + "/themes", expert,
                CampaignJson.theme("Histoire et cartes", "DISCIPLINARY", "[\"Histoire-géographie\"]", 6));
        HttpResponse<String> revised = ifMatch("PUT", "/api/campaigns/" + id + "/themes/histoire-et-cartes", etagOf(added), THEME
                .replace("IA et écriture", "Histoire et cartes"));
        HttpResponse<String> withdrawn = ifMatch("DELETE", "/api/campaigns/" + id + "/themes/histoire-et-cartes", etagOf(revised), null);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(etagOf(added)).isEqualTo("\"1\"");
        assertThat(etagOf(revised)).isEqualTo("\"2\"");
        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(etagOf(withdrawn)).isEqualTo("\"3\"");
        assertThat(etagOf(api.get("/api/campaigns/" + id + "/themes", null))).isEqualTo("\"3\"");
    }

    @Test
    void a_read_whose_etag_is_still_current_is_304() {
        String id = draft();

        HttpResponse<String> again = api.send("GET", "/api/campaigns/" + id, null, null, Map.of("If-None-Match", "\"0\""));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void the_api_docs_give_every_change_an_if_match_and_its_412() {
        JsonNode paths = JSON.readTree(api.get("/api/campaigns/v3/api-docs", null).body()).path("paths");

        for (String[] operation : new String[][]{{"/api/campaigns/{id}/phase-transitions", "post"},
                {"/api/campaigns/{id}/themes", "post"}, {"/api/campaigns/{id}/themes/{themeId}", "put"},
                {"/api/campaigns/{id}/themes/{themeId}", "delete"}, {"/api/campaigns/{id}/calendar", "put"}}) {
            JsonNode documented = paths.path(operation[0]).path(operation[1]);
            assertThat(documented.path("parameters").valueStream().map(p -> p.path("name").asString()))
                    .as(operation[1] + " " + operation[0]).contains("If-Match");
            assertThat(documented.path("responses").has("412")).as(operation[1] + " " + operation[0]).isTrue();
        }
        assertThat(paths.path("/api/campaigns/{id}").path("get").path("responses").path("200").path("headers").has("ETag")).isTrue();
    }

    private String draft() {
        HttpResponse<String> created = api.send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private HttpResponse<String> ifMatch(String method, String path, String etag, String body) {
        return api.send(method, path, expert, body, Map.of("If-Match", etag));
    }

    private static String etagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + response.uri()));
    }
}

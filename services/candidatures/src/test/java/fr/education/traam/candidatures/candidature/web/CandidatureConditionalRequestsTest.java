package fr.education.traam.candidatures.candidature.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidature read carries its version as ETag; a DAN's revision or withdrawal asked of that version applies and
 * answers the next one, one asked of a stale version is 412 and changes nothing, one without If-Match applies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class CandidatureConditionalRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;

    private final String lyon = TestInfrastructure.tokens().bearer("DAN", "10");
    private ApiClient api;
    private String id;

    @BeforeEach
    void aLyonCandidature() {
        String campaignId = "campaign-" + UUID.randomUUID();
        campaigns.save(CandidatureMother.openCall(campaignId));
        api = new ApiClient(port);
        HttpResponse<String> submitted = api.send("POST", "/api/candidatures", lyon,
                CandidatureJson.submission(campaignId, CandidatureMother.AI_AND_WRITING.value()));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        id = JSON.readTree(submitted.body()).get("id").asString();
    }

    @Test
    void a_revision_with_the_etag_read_applies_and_answers_the_next_etag() {
        String etag = etagOf(api.get("/api/candidatures/" + id, lyon));

        HttpResponse<String> revised = ifMatch("PUT", etag, CandidatureJson.revision("Écrire avec l'IA au lycée"));

        assertThat(etag).isEqualTo("\"0\"");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(etagOf(revised)).isEqualTo("\"1\"").isEqualTo(etagOf(api.get("/api/candidatures/" + id, lyon)));
    }

    @Test
    void a_revision_or_withdrawal_asked_of_a_stale_version_is_412_and_changes_nothing() {
        ifMatch("PUT", "\"0\"", CandidatureJson.revision("Écrire avec l'IA au lycée"));

        assertProblem(ifMatch("PUT", "\"0\"", CandidatureJson.revision("Une autre idée")), 412, "precondition-failed");
        assertProblem(ifMatch("DELETE", "\"0\"", null), 412, "precondition-failed");

        JsonNode candidature = JSON.readTree(api.get("/api/candidatures/" + id, lyon).body());
        assertThat(candidature.at("/projects/0/title").asString()).isEqualTo("Écrire avec l'IA au lycée");
        assertThat(candidature.get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void a_withdrawal_without_if_match_applies_and_answers_its_etag() {
        HttpResponse<String> withdrawn = api.send("DELETE", "/api/candidatures/" + id, lyon, null);

        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(etagOf(withdrawn)).isEqualTo("\"1\"");
    }

    @Test
    void the_api_docs_give_the_revision_and_the_withdrawal_an_if_match_and_its_412() {
        JsonNode operations = JSON.readTree(api.get("/api/candidatures/v3/api-docs", null).body()).path("paths").path("/api/candidatures/{id}");

        for (String method : new String[]{"put", "delete"}) {
            assertThat(operations.path(method).path("parameters").valueStream().map(p -> p.path("name").asString())).as(method)
                    .contains("If-Match");
            assertThat(operations.path(method).path("responses").has("412")).as(method).isTrue();
        }
    }

    private HttpResponse<String> ifMatch(String method, String etag, String body) {
        return api.send(method, "/api/candidatures/" + id, lyon, body, Map.of("If-Match", etag));
    }

    private static String etagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + response.uri()));
    }
}

package fr.education.traam.kit.deadletter;

import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static fr.education.traam.kit.deadletter.DeadLetterReplayTest.PATH;
import static fr.education.traam.kit.deadletter.DeadLetterReplayTest.THEMES;
import static fr.education.traam.kit.deadletter.DeadLetterReplayTest.THEMES_DEAD_LETTERS;
import static fr.education.traam.kit.deadletter.DeadLetterReplayTest.operator;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dead-letter operations refuse, each as a problem: any caller but an operator, a dead letter that is not
 * there, a request that names no valid choice. And where they appear: in the service's own OpenAPI document, under its
 * own path. The same application as {@link DeadLetterReplayTest}, so the same context.
 */
@SpringBootTest(classes = DeadLetterReplayTest.FollowingThemes.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=dead-letter-test")
@TraamInfrastructure(database = "traam-dead-letter-test")
class DeadLetterRefusalsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ONE = "{\"deadLetter\": {\"topic\": \"" + THEMES_DEAD_LETTERS + "\", \"partition\": 0, \"offset\": 0}}";

    @LocalServerPort
    int port;

    @Test
    void only_operators_list_or_replay_dead_letters() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
        String editor = TestInfrastructure.tokens().bearer("EDITOR");

        assertProblem(api().get(PATH, null), 401, "unauthorized");
        assertProblem(api().send("POST", PATH + "/replay", null, ONE), 401, "unauthorized");
        assertProblem(api().get(PATH, TestInfrastructure.tokens().signedByAStranger("OPERATOR")), 401, "unauthorized");
        assertProblem(api().get(PATH, expert), 403, "forbidden");
        assertProblem(api().send("POST", PATH + "/replay", editor, ONE), 403, "forbidden");
        assertThat(api().get(PATH, operator()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_dead_letter_that_is_not_there_is_not_found() {
        assertProblem(replay("{\"deadLetter\": {\"topic\": \"" + THEMES_DEAD_LETTERS + "\", \"partition\": 0, \"offset\": 999999999}}"),
                404, "dead-letter-not-found");
        JsonNode otherTopic = assertProblem(replay("{\"deadLetter\": {\"topic\": \"error.traam.campaigns.candidatures\", "
                + "\"partition\": 0, \"offset\": 0}}"), 404, "dead-letter-not-found");
        assertThat(otherTopic.get("detail").asString()).contains(THEMES_DEAD_LETTERS);
    }

    @Test
    void a_replay_that_chooses_nothing_valid_is_refused_naming_the_field() {
        assertViolation(replay("{}"), "deadLetter");
        assertViolation(replay("{\"deadLetter\": {\"topic\": \"" + THEMES_DEAD_LETTERS + "\", \"partition\": 0, \"offset\": 0}, "
                + "\"since\": \"2026-11-24T08:00:00Z\"}"), "since");
        assertViolation(replay("{\"since\": \"yesterday\"}"), "since");
        assertViolation(replay("{\"deadLetter\": {\"topic\": \"" + THEMES_DEAD_LETTERS + "\", \"offset\": 0}}"), "deadLetter.partition");
        assertViolation(replay("{\"deadLetter\": {\"partition\": 0, \"offset\": 0}}"), "deadLetter.topic");
        assertViolation(replay("{\"deadLetter\": {\"topic\": \"" + THEMES_DEAD_LETTERS + "\", \"partition\": 0, \"offset\": -1}}"),
                "deadLetter.offset");
        assertViolation(replay("{\"since\": \"2026-11-24T08:00:00Z\", \"topic\": \"traam.elsewhere\"}"), "topic");
        assertViolation(replay("{\"since\": \"2026-11-24T08:00:00Z\", \"limit\": 0}"), "limit");
        assertProblem(replay("{\"since\": "), 400, "malformed-json");
    }

    @Test
    void a_list_with_an_invalid_filter_is_refused_naming_the_parameter() {
        assertViolation(api().get(PATH + "?since=yesterday", operator()), "since");
        assertViolation(api().get(PATH + "?limit=many", operator()), "limit");
        assertViolation(api().get(PATH + "?limit=100000", operator()), "limit");
        assertViolation(api().get(PATH + "?topic=traam.elsewhere", operator()), "topic");
        assertThat(api().get(PATH + "?topic=" + THEMES, operator()).statusCode()).isEqualTo(200);
        assertThat(api().get(PATH + "?topic=" + THEMES_DEAD_LETTERS, operator()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_operations_are_in_the_service_s_own_openapi_document_under_its_own_path() {
        HttpResponse<String> response = api().get("/api/dead-letter-test/v3/api-docs", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).get("paths");

        assertThat(paths.get(PATH).get("get").get("summary").asString()).contains("dead letters");
        assertThat(paths.get(PATH).get("get").get("parameters").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("topic", "since", "limit");
        assertThat(paths.get(PATH + "/replay").get("post").get("requestBody")).isNotNull();
        assertThat(response.body()).doesNotContain("${");
    }

    private HttpResponse<String> replay(String body) {
        return api().send("POST", PATH + "/replay", operator(), body);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}

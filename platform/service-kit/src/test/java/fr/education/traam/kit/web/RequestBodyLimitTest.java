package fr.education.traam.kit.web;

import fr.education.traam.kit.KitTestApplication;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's own bound on request bodies, over real HTTP to its real Tomcat, for a client that calls it directly: a
 * Content-Length over the limit and a chunked body that passes it are both a 413 problem, not a 400 or a 500.
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "traam.web.max-body-size=64KB")
@TraamInfrastructure(database = "traam-request-body-limit-test")
class RequestBodyLimitTest {

    private static final String REPLAY = "/api/kit-test/dead-letters/replay";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void refuses_a_content_length_over_the_limit_with_413_problem_before_reading_the_body() {
        HttpResponse<String> response = new ApiClient(port).send("POST", REPLAY, operator(), replayRequest(1024 * 1024));

        assertContentTooLarge(response);
    }

    @Test
    void counts_a_chunked_body_as_it_is_read_and_refuses_it_at_the_limit_with_413_problem() {
        String body = replayRequest(1024 * 1024);
        // No Content-Length: the HTTP client sends a body of unknown length in chunks.
        HttpRequest request = HttpRequest.newBuilder(new ApiClient(port).uri(REPLAY))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(body)))
                .header("Content-Type", "application/json")
                .header("Authorization", operator())
                .build();

        assertContentTooLarge(new ApiClient(port).send(request));
    }

    @Test
    void reads_a_body_within_the_limit_whole() {
        HttpResponse<String> response = new ApiClient(port).send("POST", REPLAY, operator(), replayRequest(32 * 1024));

        // Read and bound to the end: the use case judges its topic, which this service does not follow.
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(Problems.TYPE_BASE + "invalid-request");
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo("topic");
    }

    private static void assertContentTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(Problems.TYPE_BASE + "content-too-large");
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).contains("64 KB");
    }

    /** A well-formed replay request of about {@code size} bytes, long only by a topic no one follows. */
    private static String replayRequest(int size) {
        char[] topic = new char[size];
        Arrays.fill(topic, 't');
        return "{\"since\":\"2026-01-01T00:00:00Z\",\"topic\":\"" + new String(topic) + "\"}";
    }

    private static InputStream stream(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new SequenceInputStream(new ByteArrayInputStream(bytes, 0, bytes.length / 2),
                new ByteArrayInputStream(bytes, bytes.length / 2, bytes.length - bytes.length / 2));
    }

    private static String operator() {
        return TestInfrastructure.tokens().bearer("OPERATOR");
    }
}

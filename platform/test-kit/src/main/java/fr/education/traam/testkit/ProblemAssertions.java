package fr.education.traam.testkit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer of the platform must be: an RFC 9457 problem with our stable type URI. */
public final class ProblemAssertions {

    public static final String TYPE_BASE = "https://traam.education.fr/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemAssertions() {
    }

    /** The answer is a {@code status} problem of type {@code TYPE_BASE + type}, with a title and a detail, and no internals. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).as(response.body()).isEqualTo(TYPE_BASE + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.has("properties")).as("no serialisation internals").isFalse();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    /** The answer is a 400 {@code invalid-request} problem whose violations name {@code field}. */
    public static JsonNode assertViolation(HttpResponse<String> response, String field) {
        JsonNode problem = assertProblem(response, 400, "invalid-request");
        assertThat(problem.get("violations").valueStream().map(v -> v.get("field").asString()))
                .as(response.body()).contains(field);
        return problem;
    }
}

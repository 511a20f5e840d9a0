package fr.education.traam.web.api;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the API answered a change (or a read whose version matters): the status, the resource's version
 * ({@code ETag}, to send back as {@code If-Match}), where a created resource lives ({@code Location}), and the JSON body:
 * the resource, or the RFC 9457 problem of a refusal, which a form shows beside the fields it names rather than as an
 * error page.
 *
 * @param status   the HTTP status
 * @param etag     the {@code ETag} header, if any
 * @param location the {@code Location} header, if any
 * @param body     the JSON body, {@link MissingNode} when there was none
 */
public record ApiAnswer(int status, Optional<String> etag, Optional<URI> location, JsonNode body) {

    /** Reads a body as a page's record: the API may add members a page does not show. */
    private static final JsonMapper READER = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public ApiAnswer {
        body = body == null ? MissingNode.getInstance() : body;
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The refusal, as the pages name it (the last segment of the problem's {@code type}); empty when it succeeded. */
    public Optional<ApiProblem> refusal() {
        if (succeeded()) {
            return Optional.empty();
        }
        String uri = body.path("type").asString("");
        String type = uri.isBlank() || uri.equals("about:blank") ? "status-" + status : uri.substring(uri.lastIndexOf('/') + 1);
        return Optional.of(new ApiProblem(status, type, body.path("detail").asString(null)));
    }

    /** The problem's {@code detail}, what the service said of the refusal in its own words. */
    public Optional<String> detail() {
        return succeeded() ? Optional.empty() : Optional.ofNullable(body.path("detail").asString(null));
    }

    /**
     * The fields a {@code 400 invalid-request} names, each with the service's reason (in English, for developers), in
     * the order given; empty for any other answer.
     */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        body.path("violations").forEach(v -> violations.add(new Violation(v.path("field").asString(""), v.path("message").asString(""))));
        return List.copyOf(violations);
    }

    /** A field of the request the service refused, as a JSON path ({@code team.teachers[1].email}), and why. */
    public record Violation(String field, String message) {
    }

    /** The last path segment of {@code Location}: the id of what was created. */
    public Optional<String> createdId() {
        return location.map(URI::getPath).map(path -> path.substring(path.lastIndexOf('/') + 1));
    }

    /** The body read as {@code type} (the resource a change answered, or a versioned read). */
    public <T> T bodyAs(Class<T> type) {
        return READER.treeToValue(body, type);
    }
}

package fr.education.traam.kit;

import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.outbox.AggregateWrites;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's conditional requests over real HTTP on a stored aggregate: a read carries its version as ETag, an update
 * honours If-Match (412 when stale, nothing changed), an update without it still applies, and a change that lands
 * between a conditional update's check and its write is a 412 too.
 */
@SpringBootTest(classes = {KitTestApplication.class, ConditionalRequestsTest.Endpoints.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure
class ConditionalRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AggregateWrites writes;

    @Autowired
    MongoTemplate mongo;

    @Test
    void an_update_with_the_read_etag_applies_and_answers_the_new_one() {
        String id = ledger();
        String etag = read(id).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> updated = put(id, "/state", etag, "closed");

        assertThat(etag).isEqualTo("\"0\"");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(read(id).headers().firstValue("ETag")).hasValue("\"1\"");
    }

    @Test
    void an_update_with_a_stale_or_weak_etag_is_412_and_changes_nothing() {
        String id = ledger();
        put(id, "/state", "\"0\"", "closed");

        JsonNode stale = assertProblem(put(id, "/state", "\"0\"", "reopened"), 412, "precondition-failed");
        assertProblem(put(id, "/state", "W/\"1\"", "reopened"), 412, "precondition-failed");

        assertThat(stale.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(mongo.findById(id, LedgerAggregate.class)).isEqualTo(new LedgerAggregate(id, 1, "closed", null));
    }

    @Test
    void an_update_without_if_match_or_with_a_star_applies_to_the_current_version() {
        String id = ledger();

        assertThat(put(id, "/state", null, "closed").statusCode()).isEqualTo(200);
        assertThat(put(id, "/state", "*", "reopened").headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(mongo.findById(id, LedgerAggregate.class).state()).isEqualTo("reopened");
    }

    @Test
    void an_if_match_that_is_no_entity_tag_is_a_400_naming_the_header() {
        assertViolation(put(ledger(), "/state", "0", "closed"), "If-Match");
    }

    @Test
    void a_change_landing_between_the_check_and_the_write_fails_the_precondition_or_conflicts_without_one() {
        String id = ledger();

        assertProblem(put(id, "/raced-state", "\"0\"", "late"), 412, "precondition-failed");
        assertProblem(put(id, "/raced-state", null, "late"), 409, "concurrent-modification");
    }

    @Test
    void a_read_with_its_current_etag_in_if_none_match_is_304() {
        String id = ledger();
        HttpResponse<String> again = new ApiClient(port).send(HttpRequest.newBuilder(new ApiClient(port).uri("/kit-test/ledger-aggregates/" + id))
                .header("Authorization", bearer()).header("If-None-Match", "\"0\"").GET().build());

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void the_api_docs_show_if_match_its_412_and_the_etag() {
        HttpResponse<String> docs = new ApiClient(port).get("/api/kit-test/v3/api-docs", null);
        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).path("paths");

        JsonNode update = paths.path("/kit-test/ledger-aggregates/{id}/state").path("put");
        JsonNode read = paths.path("/kit-test/ledger-aggregates/{id}").path("get");
        assertThat(update.isMissingNode()).as(paths.toString()).isFalse();

        assertThat(update.path("parameters").valueStream().map(p -> p.path("in").asString() + ":" + p.path("name").asString()))
                .as(update.toString()).contains("header:If-Match").doesNotContain("query:expected");
        assertThat(update.path("responses").has("412")).isTrue();
        assertThat(update.path("responses").path("200").path("headers").has("ETag")).isTrue();
        assertThat(read.path("parameters").valueStream().map(p -> p.path("name").asString())).contains("If-None-Match");
        assertThat(read.path("responses").path("200").path("headers").has("ETag")).isTrue();
        assertThat(read.path("responses").has("304")).isTrue();
    }

    private String ledger() {
        String id = "ledger-" + UUID.randomUUID();
        writes.insert(new LedgerAggregate(id, 0, "open", null), List.of());
        return id;
    }

    private HttpResponse<String> read(String id) {
        return new ApiClient(port).get("/kit-test/ledger-aggregates/" + id, bearer());
    }

    private HttpResponse<String> put(String id, String path, String ifMatch, String state) {
        ApiClient api = new ApiClient(port);
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/kit-test/ledger-aggregates/" + id + path))
                .header("Authorization", bearer()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"state\": \"" + state + "\"}"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request.build());
    }

    private static String bearer() {
        return TestInfrastructure.tokens().bearer("OPERATOR");
    }

    record NewState(String state) {
    }

    @Import(Endpoints.Controller.class)
    static class Endpoints {

        /** What a service's controller and use case do, in one place: check the expected version, then write at it. */
        @RestController
        static class Controller {

            private final MongoTemplate mongo;
            private final AggregateWrites writes;

            Controller(MongoTemplate mongo, AggregateWrites writes) {
                this.mongo = mongo;
                this.writes = writes;
            }

            @GetMapping("/kit-test/ledger-aggregates/{id}")
            @ETagged
            ResponseEntity<String> read(@PathVariable String id) {
                LedgerAggregate ledger = mongo.findById(id, LedgerAggregate.class);
                return ResponseEntity.ok().eTag(ETags.of(ledger.version())).body(ledger.state());
            }

            @PutMapping("/kit-test/ledger-aggregates/{id}/state")
            ResponseEntity<String> change(@PathVariable String id, @RequestBody NewState body, ExpectedVersion expected) {
                LedgerAggregate ledger = mongo.findById(id, LedgerAggregate.class);
                expected.check(ledger.version(), "ledger " + id);
                writes.update(new LedgerAggregate(id, ledger.version(), body.state(), null), ledger.version(), List.of());
                return ResponseEntity.ok().eTag(ETags.of(ledger.version() + 1)).body(body.state());
            }

            /** As {@code state}, but someone else's change lands after the check. */
            @PutMapping("/kit-test/ledger-aggregates/{id}/raced-state")
            ResponseEntity<String> racedChange(@PathVariable String id, @RequestBody NewState body, ExpectedVersion expected) {
                LedgerAggregate ledger = mongo.findById(id, LedgerAggregate.class);
                expected.check(ledger.version(), "ledger " + id);
                writes.update(new LedgerAggregate(id, ledger.version(), "someone else's", null), ledger.version(), List.of());
                writes.update(new LedgerAggregate(id, ledger.version(), body.state(), null), ledger.version(), List.of());
                return ResponseEntity.ok().body(body.state());
            }
        }
    }
}

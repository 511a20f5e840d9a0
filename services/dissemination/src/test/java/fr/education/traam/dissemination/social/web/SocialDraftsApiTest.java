package fr.education.traam.dissemination.social.web;

import fr.education.traam.dissemination.social.SocialPostDraft;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
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
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.dissemination.newsletter.ProductionMother.pending;
import static fr.education.traam.dissemination.newsletter.ProductionMother.scenario;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review queue of draft posts over real HTTP, from a production published on the real broker to an editor's
 * decision: only editors use it, a text is checked as X counts it, and a draft is decided once. Nothing is posted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class SocialDraftsApiTest {

    static final String DRAFTS = "/api/dissemination/social-drafts";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    ApiClient api;
    String editor;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        editor = TestInfrastructure.tokens().bearer("EDITOR");
    }

    @Test
    void an_editor_rewrites_a_production_s_draft_and_approves_it_once() {
        PendingEvent published = pending(scenario("campaign-" + UUID.randomUUID(), "ia", "IA et écriture", "Réécrire un conte avec l'IA",
                List.of("Lettres")));
        publisher.publish(published);
        String url = DRAFTS + "/" + SocialPostDraft.idFor(published.id());
        JsonNode draft = awaitDraft(url);
        String link = draft.get("link").asString();

        assertThat(draft.get("status").asString()).isEqualTo("PENDING");
        assertThat(draft.get("text").asString()).isEqualTo("Nouveau scénario pédagogique de l'académie de Lyon : « Réécrire un conte avec l'IA » "
                + link + " #TraAM #Lettres");
        assertThat(draft.get("length").asInt()).isLessThanOrEqualTo(280);
        assertThat(json(api.get(DRAFTS + "?status=PENDING", editor)).valueStream().map(d -> d.get("id").asString()))
                .contains(draft.get("id").asString());

        String rewritten = "À découvrir : un conte réécrit avec l’IA par des élèves de cinquième à Lyon " + link + " #TraAM #Lettres";
        JsonNode edited = json(api.send("PUT", url, editor, "{\"text\": " + quoted(rewritten) + "}"));
        assertThat(edited.get("text").asString()).isEqualTo(rewritten);
        assertThat(edited.get("editedBy").isString()).isTrue();

        JsonNode approved = json(api.send("POST", url + "/approval", editor, null));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedAt").isString()).isTrue();
        assertProblem(api.send("POST", url + "/approval", editor, null), 409, "draft-already-decided");
        assertProblem(api.send("POST", url + "/discarding", editor, null), 409, "draft-already-decided");
        assertProblem(api.send("PUT", url, editor, "{\"text\": " + quoted("Encore " + link) + "}"), 409, "draft-already-decided");
        assertThat(json(api.get(DRAFTS + "?status=APPROVED", editor)).valueStream().map(d -> d.get("id").asString()))
                .contains(draft.get("id").asString());
        assertThat(json(api.get(DRAFTS + "?status=PENDING", editor)).valueStream().map(d -> d.get("id").asString()))
                .doesNotContain(draft.get("id").asString());
    }

    @Test
    void a_text_over_280_as_x_counts_it_or_without_its_link_is_a_400_naming_text_and_changes_nothing() {
        PendingEvent published = pending(scenario("campaign-" + UUID.randomUUID(), "ia", "IA et écriture", "Un débat", List.of("Philosophie")));
        publisher.publish(published);
        String url = DRAFTS + "/" + SocialPostDraft.idFor(published.id());
        JsonNode draft = awaitDraft(url);
        String link = draft.get("link").asString();

        assertViolation(api.send("PUT", url, editor, "{\"text\": " + quoted("é".repeat(257) + " " + link) + "}"), "text");
        assertViolation(api.send("PUT", url, editor, "{\"text\": " + quoted("Un débat en classe de philosophie #TraAM") + "}"), "text");
        assertThat(json(api.send("PUT", url, editor, "{\"text\": " + quoted("é".repeat(256) + " " + link) + "}")).get("length").asInt())
                .as("256 letters, a space and a link weighing 23").isEqualTo(280);

        JsonNode discarded = json(api.send("POST", url + "/discarding", editor, null));
        assertThat(discarded.get("status").asString()).isEqualTo("DISCARDED");
        assertProblem(api.send("POST", url + "/approval", editor, null), 409, "draft-already-decided");
    }

    @Test
    void only_editors_use_the_review_queue() {
        PendingEvent published = pending(scenario("campaign-" + UUID.randomUUID(), "ia", "IA et écriture", "Un scénario", List.of("Lettres")));
        publisher.publish(published);
        String url = DRAFTS + "/" + SocialPostDraft.idFor(published.id());
        String link = awaitDraft(url).get("link").asString();
        String edit = "{\"text\": " + quoted("Autre texte " + link) + "}";

        for (String other : List.of(TestInfrastructure.tokens().bearer("TEACHER", "10"), TestInfrastructure.tokens().bearer("DAN", "10"))) {
            assertProblem(api.get(DRAFTS + "?status=PENDING", other), 403, "forbidden");
            assertProblem(api.get(url, other), 403, "forbidden");
            assertProblem(api.send("PUT", url, other, edit), 403, "forbidden");
            assertProblem(api.send("POST", url + "/approval", other, null), 403, "forbidden");
            assertProblem(api.send("POST", url + "/discarding", other, null), 403, "forbidden");
        }
        assertProblem(api.get(DRAFTS, null), 401, "unauthorized");
        assertProblem(api.send("PUT", url, null, edit), 401, "unauthorized");
        assertProblem(api.send("POST", url + "/approval", null, null), 401, "unauthorized");
        assertProblem(api.send("POST", url + "/discarding", null, null), 401, "unauthorized");

        assertThat(json(api.get(url, editor)).get("status").asString()).as("untouched").isEqualTo("PENDING");
        assertProblem(api.get(DRAFTS + "/no-such-draft", editor), 404, "social-draft-not-found");
    }

    @Test
    void the_review_queue_is_described_in_the_service_s_openapi_document_saying_nothing_is_posted() {
        HttpResponse<String> docs = api.get("/api/dissemination/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/dissemination/social-drafts/{id}/approval")
                .contains("/api/dissemination/social-drafts/{id}/discarding").contains("nothing is posted anywhere");
    }

    private JsonNode awaitDraft(String url) {
        return await().atMost(PATIENCE).until(() -> api.get(url, editor), r -> r.statusCode() == 200)
                .body().transform(JSON::readTree);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}

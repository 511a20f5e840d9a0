package fr.education.traam.dissemination.web;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.dissemination.newsletter.EditionLineId;
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
import java.util.Map;
import java.util.UUID;

import static fr.education.traam.dissemination.newsletter.ProductionMother.pending;
import static fr.education.traam.dissemination.newsletter.ProductionMother.scenario;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An edition line's draft, an academic site and a social draft each carry their version as ETag: a change asked of it
 * applies and answers the next one, a change asked of a stale one is 412 and changes nothing, and a change without
 * If-Match applies as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class DisseminationConditionalRequestsTest {

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
    void an_editor_s_changes_to_a_draft_are_asked_of_the_version_read_and_news_gathered_meanwhile_makes_it_stale() {
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent conte = publish(scenario(campaignId, "ia", "IA et écriture", "Réécrire un conte avec l'IA", List.of("Lettres")));
        String draft = "/api/dissemination/edition-lines/" + EditionLineId.forTheme(campaignId, "ia").value() + "/draft";
        String read = etagOf(await().atMost(PATIENCE).until(() -> api.get(draft, editor),
                r -> r.statusCode() == 200 && JSON.readTree(r.body()).get("items").size() == 1));
        PendingEvent debat = publish(scenario(campaignId, "ia", "IA et écriture", "Débattre avec un agent", List.of("Lettres")));
        await().atMost(PATIENCE).until(() -> JSON.readTree(api.get(draft, editor).body()).get("items").size() == 2);

        assertProblem(ifMatch(editor, "PUT", draft + "/spotlight", read, "{\"itemId\":\"" + conte.id() + "\"}"), 412, "precondition-failed");
        assertThat(JSON.readTree(api.get(draft, editor).body()).get("spotlight").isNull()).as("nothing changed").isTrue();

        String current = etagOf(api.get(draft, editor));
        HttpResponse<String> reordered = ifMatch(editor, "PUT", draft + "/items", current,
                "{\"order\":[\"" + debat.id() + "\",\"" + conte.id() + "\"]}");
        HttpResponse<String> annotated = api.send("PUT", draft + "/items/" + debat.id() + "/note", editor, "{\"note\":\"À lire\"}");
        HttpResponse<String> published = ifMatch(editor, "POST", draft + "/publication", etagOf(annotated), null);

        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
        assertThat(version(etagOf(reordered))).isEqualTo(version(current) + 1);
        assertThat(annotated.statusCode()).as("without If-Match").isEqualTo(200);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(etagOf(published)).isEqualTo(etagOf(api.get(draft.replace("/draft", ""), null)));
    }

    @Test
    void a_secret_rotation_asked_of_a_stale_version_of_the_site_is_412_and_rotates_nothing() {
        String operator = TestInfrastructure.tokens().bearer("OPERATOR");
        HttpResponse<String> registered = api.send("POST", "/api/dissemination/sites", operator, """
                {"academy": "20", "name": "Site académique d'Amiens", "webhookUrl": "http://127.0.0.1:9/hook",
                 "subscription": {"eventTypes": ["fr.education.traam.candidatures.national-selection-published.v1"], "scope": "OWN_ACADEMY"}}
                """);
        String site = "/api/dissemination/sites/" + JSON.readTree(registered.body()).get("site").get("id").asString();
        String read = etagOf(api.get(site, operator));

        HttpResponse<String> rotated = ifMatch(operator, "POST", site + "/secret-rotation", read, null);
        HttpResponse<String> stale = ifMatch(operator, "POST", site + "/secret-rotation", read, null);

        assertThat(etagOf(registered)).isEqualTo(read).isEqualTo("\"0\"");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        assertThat(etagOf(rotated)).isEqualTo("\"1\"");
        assertProblem(stale, 412, "precondition-failed");
        assertThat(stale.body()).doesNotContain("whsec_");
        assertThat(etagOf(api.get(site, operator))).as("not rotated again").isEqualTo("\"1\"");
        assertProblem(ifMatch(operator, "POST", site + "/reactivation", read, null), 412, "precondition-failed");
    }

    @Test
    void a_second_editor_approving_a_draft_post_rewritten_since_they_read_it_is_412_and_it_stays_pending() {
        PendingEvent production = publish(scenario("campaign-" + UUID.randomUUID(), "ia", "IA et écriture", "Un conte", List.of("Lettres")));
        String url = "/api/dissemination/social-drafts/" + SocialPostDraft.idFor(production.id());
        HttpResponse<String> first = await().atMost(PATIENCE).until(() -> api.get(url, editor), r -> r.statusCode() == 200);
        String read = etagOf(first);
        String link = JSON.readTree(first.body()).get("link").asString();

        HttpResponse<String> rewritten = ifMatch(editor, "PUT", url, read, "{\"text\": \"Un conte réécrit avec l'IA " + link + "\"}");
        HttpResponse<String> approvedFromStale = ifMatch(editor, "POST", url + "/approval", read, null);

        assertThat(rewritten.statusCode()).as(rewritten.body()).isEqualTo(200);
        assertThat(version(etagOf(rewritten))).isEqualTo(version(read) + 1);
        assertProblem(approvedFromStale, 412, "precondition-failed");
        assertThat(JSON.readTree(api.get(url, editor).body()).get("status").asString()).isEqualTo("PENDING");
        HttpResponse<String> discarded = api.send("POST", url + "/discarding", editor, null);
        assertThat(discarded.statusCode()).as("without If-Match").isEqualTo(200);
        assertThat(version(etagOf(discarded))).isEqualTo(version(read) + 2);
    }

    @Test
    void the_api_docs_give_every_change_an_if_match_and_its_412() {
        JsonNode paths = JSON.readTree(api.get("/api/dissemination/v3/api-docs", null).body()).path("paths");

        for (String[] operation : new String[][]{{"/api/dissemination/edition-lines/{id}/draft/items", "put"},
                {"/api/dissemination/edition-lines/{id}/draft/publication", "post"},
                {"/api/dissemination/sites/{id}/secret-rotation", "post"}, {"/api/dissemination/social-drafts/{id}/approval", "post"}}) {
            JsonNode documented = paths.path(operation[0]).path(operation[1]);
            assertThat(documented.path("parameters").valueStream().map(p -> p.path("name").asString()))
                    .as(operation[1] + " " + operation[0]).contains("If-Match");
            assertThat(documented.path("responses").has("412")).as(operation[1] + " " + operation[0]).isTrue();
        }
    }

    private PendingEvent publish(ProductionPublished production) {
        PendingEvent event = pending(production);
        publisher.publish(event);
        return event;
    }

    private HttpResponse<String> ifMatch(String token, String method, String path, String etag, String body) {
        return api.send(method, path, token, body, Map.of("If-Match", etag));
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    private static String etagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + response.uri()
                + ": " + response.statusCode() + " " + response.body()));
    }
}

package fr.education.traam.dissemination.site;

import fr.education.traam.dissemination.site.WebsiteReceiver.Answer;
import fr.education.traam.dissemination.site.WebsiteReceiver.Received;
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

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.dissemination.site.SelectionMother.pending;
import static fr.education.traam.dissemination.site.SelectionMother.selection;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Selections published on the real broker reach académies' websites standing on loopback (real HTTP servers) as
 * signed Standard Webhooks, verified by a verifier written from the specification, not by the service's signer.
 * The retry schedule is shortened by the tests' configuration (200 ms, 400 ms; dead after 3 attempts). Each test
 * uses its own académies, so that the sites of one never receive another's events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class WebhookDeliveriesTest {

    private static final String SITES = "/api/dissemination/sites";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    ApiClient api;
    String operator;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        operator = TestInfrastructure.tokens().bearer("OPERATOR");
    }

    @Test
    void a_selection_reaches_the_sites_of_its_academies_as_a_signed_cloud_event_once_however_often_it_is_delivered() throws Exception {
        try (WebsiteReceiver grenoble = new WebsiteReceiver(); WebsiteReceiver dijon = new WebsiteReceiver()) {
            Registered site = register("08", grenoble.url(), "OWN_ACADEMY");
            Registered elsewhere = register("07", dijon.url(), "OWN_ACADEMY");
            String campaignId = "campaign-" + UUID.randomUUID();
            publisher.publish(SelectionMother.campaign(campaignId, "ia-et-ecriture", "donnees"));
            PendingEvent published = pending(selection(campaignId, "ia-et-ecriture", List.of("08", "06"), List.of("20")));
            publisher.publish(published);
            publisher.publish(published); // redelivered by the relay: same ce_id

            Received webhook = await().atMost(PATIENCE).until(grenoble::received, r -> !r.isEmpty()).get(0);
            assertThat(new StandardWebhooksVerifier(site.secret()).verify(webhook.header("webhook-id"),
                    webhook.header("webhook-timestamp"), webhook.header("webhook-signature"), webhook.body(), Instant.now()))
                    .as("signature verified independently").isTrue();
            assertThat(new StandardWebhooksVerifier(elsewhere.secret()).verify(webhook.header("webhook-id"),
                    webhook.header("webhook-timestamp"), webhook.header("webhook-signature"), webhook.body(), Instant.now()))
                    .as("another site's secret does not verify it").isFalse();
            assertThat(webhook.header("webhook-id")).isEqualTo("msg_" + Delivery.idFor(published.id(), site.id()));
            assertThat(webhook.header("content-type")).startsWith("application/cloudevents+json");

            JsonNode cloudEvent = JSON.readTree(webhook.body());
            assertThat(cloudEvent.get("specversion").asString()).isEqualTo("1.0");
            assertThat(cloudEvent.get("id").asString()).isEqualTo(published.id());
            assertThat(cloudEvent.get("type").asString()).isEqualTo(SelectionMother.TYPE);
            assertThat(cloudEvent.get("source").asString()).isEqualTo(SelectionMother.SOURCE);
            assertThat(cloudEvent.get("subject").asString()).isEqualTo(campaignId + "/ia-et-ecriture");
            assertThat(cloudEvent.get("datacontenttype").asString()).isEqualTo("application/json");
            assertThat(Instant.parse(cloudEvent.get("time").asString())).isBetween(published.time().minusSeconds(1), published.time().plusSeconds(1));
            assertThat(cloudEvent.get("data").get("selected").values()).extracting(JsonNode::asString).containsExactly("08", "06");

            // A later event proves the redelivery was consumed meanwhile: still one delivery for the first event.
            PendingEvent marker = pending(selection(campaignId, "donnees", List.of("08"), List.of()));
            publisher.publish(marker);
            await().atMost(PATIENCE).until(() -> grenoble.received().stream().anyMatch(r -> r.body().contains(marker.id())));
            assertThat(grenoble.received().stream().filter(r -> r.body().contains(published.id()))).hasSize(1);
            JsonNode log = JSON.readTree(api.get(SITES + "/" + site.id() + "/deliveries", operator).body());
            assertThat(log.values()).extracting(d -> d.get("eventId").asString()).containsExactlyInAnyOrder(published.id(), marker.id());
            assertThat(dijon.received()).as("Dijon's site is OWN_ACADEMY and Dijon is not in the selection").isEmpty();
            assertThat(JSON.readTree(api.get(SITES + "/" + elsewhere.id() + "/deliveries", operator).body()).values()).isEmpty();
        }
    }

    @Test
    void a_site_that_asks_to_retry_later_is_retried_no_sooner_than_it_asked_with_the_same_webhook_id() throws Exception {
        try (WebsiteReceiver besancon = new WebsiteReceiver().answering(new Answer(503, "2"))) {
            Registered site = register("03", besancon.url(), "OWN_ACADEMY");
            String campaignId = "campaign-" + UUID.randomUUID();
            publisher.publish(SelectionMother.campaign(campaignId, "ia"));
            publisher.publish(pending(selection(campaignId, "ia", List.of("03"), List.of())));

            List<Received> both = await().atMost(PATIENCE).until(besancon::received, r -> r.size() >= 2);
            assertThat(both.get(1).header("webhook-id")).isEqualTo(both.get(0).header("webhook-id"));
            // The schedule's first wait is 200 ms; the site asked for 2 s, which wins.
            assertThat(Duration.between(both.get(0).at(), both.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
            JsonNode delivery = await().atMost(PATIENCE).until(() -> onlyDelivery(site), d -> "DELIVERED".equals(d.get("status").asString()));
            assertThat(delivery.get("attempts").values()).extracting(a -> a.get("status").asInt()).containsExactly(503, 204);
        }
    }

    @Test
    void a_site_that_answers_410_gone_is_disabled_until_reactivated_and_then_gets_the_replay() throws Exception {
        try (WebsiteReceiver rennes = new WebsiteReceiver().otherwise(new Answer(410, null))) {
            Registered site = register("14", rennes.url(), "OWN_ACADEMY");
            String campaignId = "campaign-" + UUID.randomUUID();
            publisher.publish(SelectionMother.campaign(campaignId, "ia"));
            publisher.publish(pending(selection(campaignId, "ia", List.of("14"), List.of())));

            JsonNode disabled = await().atMost(PATIENCE).until(() -> JSON.readTree(api.get(SITES + "/" + site.id(), operator).body()),
                    s -> "DISABLED".equals(s.get("status").asString()));
            assertThat(disabled.get("disabledReason").asString()).contains("410");
            JsonNode delivery = onlyDelivery(site);
            assertThat(delivery.get("status").asString()).isEqualTo("DEAD");
            assertThat(delivery.get("attempts").values()).hasSize(1);
            assertThat(rennes.received()).hasSize(1);

            String replay = SITES + "/" + site.id() + "/deliveries/" + delivery.get("id").asString() + "/replay";
            assertProblem(api.send("POST", replay, operator, null), 409, "site-disabled");
            rennes.otherwise(Answer.ok());
            HttpResponse<String> reactivated = api.send("POST", SITES + "/" + site.id() + "/reactivation",
                    TestInfrastructure.tokens().bearer("DAN", "14"), null);
            assertThat(JSON.readTree(reactivated.body()).get("status").asString()).as(reactivated.body()).isEqualTo("ACTIVE");
            assertThat(api.send("POST", replay, operator, null).statusCode()).isEqualTo(202);
            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(onlyDelivery(site).get("status").asString()));
            assertThat(rennes.received()).extracting(r -> r.header("webhook-id")).containsOnly(delivery.get("webhookId").asString());
        }
    }

    @Test
    void a_dead_delivery_is_listed_and_an_operator_replays_it_with_the_same_webhook_id() throws Exception {
        try (WebsiteReceiver orleans = new WebsiteReceiver().otherwise(new Answer(500, null))) {
            Registered site = register("18", orleans.url(), "OWN_ACADEMY");
            String campaignId = "campaign-" + UUID.randomUUID();
            publisher.publish(SelectionMother.campaign(campaignId, "ia"));
            PendingEvent published = pending(selection(campaignId, "ia", List.of("18"), List.of()));
            publisher.publish(published);

            JsonNode dead = await().atMost(PATIENCE).until(() -> JSON.readTree(api.get(SITES + "/" + site.id() + "/deliveries?status=DEAD",
                    operator).body()), list -> list.size() == 1).get(0);
            assertThat(dead.get("attempts").values()).extracting(a -> a.get("status").asInt()).containsExactly(500, 500, 500);
            assertThat(dead.get("lastError").asString()).contains("HTTP 500 after 3 attempts");
            String webhookId = dead.get("webhookId").asString();
            assertThat(orleans.received()).allSatisfy(r -> assertThat(r.header("webhook-id")).isEqualTo(webhookId));

            String replay = SITES + "/" + site.id() + "/deliveries/" + dead.get("id").asString() + "/replay";
            assertProblem(api.send("POST", replay, TestInfrastructure.tokens().bearer("DAN", "18"), null), 403, "forbidden");
            orleans.otherwise(Answer.ok());
            HttpResponse<String> replayed = api.send("POST", replay, operator, null);
            assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(202);

            JsonNode delivered = await().atMost(PATIENCE).until(() -> onlyDelivery(site), d -> "DELIVERED".equals(d.get("status").asString()));
            assertThat(delivered.get("replays").asInt()).isEqualTo(1);
            Received last = orleans.received().get(orleans.received().size() - 1);
            assertThat(last.header("webhook-id")).isEqualTo(webhookId);
            assertThat(new StandardWebhooksVerifier(site.secret()).verify(last.header("webhook-id"), last.header("webhook-timestamp"),
                    last.header("webhook-signature"), last.body(), Instant.now())).isTrue();
            assertProblem(api.send("POST", replay, operator, null), 409, "delivery-not-dead");
        }
    }

    @Test
    void a_site_that_hangs_does_not_delay_another_site() throws Exception {
        try (WebsiteReceiver hanging = new WebsiteReceiver().hangs(); WebsiteReceiver quick = new WebsiteReceiver()) {
            register("27", hanging.url(), "OWN_ACADEMY");
            register("70", quick.url(), "OWN_ACADEMY");
            String campaignId = "campaign-" + UUID.randomUUID();
            publisher.publish(SelectionMother.campaign(campaignId, "theme-0", "theme-1", "theme-2", "theme-3"));
            // Several events, more than the hanging site's bulkhead holds, each for both académies.
            for (int i = 0; i < 4; i++) {
                publisher.publish(pending(selection(campaignId, "theme-" + i, List.of("27", "70"), List.of())));
            }

            await().atMost(PATIENCE).until(() -> quick.received().size() == 4);
            assertThat(hanging.hanging()).as("the first site still holds its requests unanswered").isPositive();
        }
    }

    private JsonNode onlyDelivery(Registered site) {
        JsonNode log = JSON.readTree(api.get(SITES + "/" + site.id() + "/deliveries", operator).body());
        assertThat(log.values()).hasSize(1);
        return log.get(0);
    }

    @Test
    void an_amended_selection_reaches_the_sites_of_its_academies_that_subscribed_to_amendments_signed_and_without_personal_data() throws Exception {
        try (WebsiteReceiver guyane = new WebsiteReceiver(); WebsiteReceiver mayotte = new WebsiteReceiver()) {
            Registered site = register("33", guyane.url(), "OWN_ACADEMY", SelectionMother.AMENDED_TYPE);
            register("43", mayotte.url(), "OWN_ACADEMY", SelectionMother.AMENDED_TYPE);
            assertProblem(api.send("POST", SITES, operator, """
                    {"academy": "33", "name": "Site", "webhookUrl": "%s",
                     "subscription": {"eventTypes": ["fr.education.traam.candidatures.selection-amended.v2"], "scope": "ALL"}}"""
                    .formatted(guyane.url())), 400, "invalid-request");
            String campaignId = "campaign-" + UUID.randomUUID();
            publisher.publish(SelectionMother.campaign(campaignId, "ia"));
            publisher.publish(pending(selection(campaignId, "ia", List.of("32"), List.of("33"))));
            PendingEvent amended = pending(SelectionMother.amended(campaignId, "ia", 1, "33",
                    fr.education.traam.contract.candidatures.SelectionDecision.SELECTED, List.of("32", "33"), List.of()));
            publisher.publish(amended);
            publisher.publish(amended); // redelivered: same ce_id

            Received webhook = await().atMost(PATIENCE).until(guyane::received, r -> !r.isEmpty()).get(0);
            assertThat(new StandardWebhooksVerifier(site.secret()).verify(webhook.header("webhook-id"),
                    webhook.header("webhook-timestamp"), webhook.header("webhook-signature"), webhook.body(), Instant.now())).isTrue();
            JsonNode cloudEvent = JSON.readTree(webhook.body());
            assertThat(cloudEvent.get("type").asString()).isEqualTo(SelectionMother.AMENDED_TYPE);
            assertThat(cloudEvent.at("/data/revision").asInt()).isEqualTo(1);
            assertThat(cloudEvent.at("/data/selected").valueStream().map(JsonNode::asString)).containsExactly("32", "33");
            assertThat(webhook.body()).doesNotContain("team").doesNotContain("@");
            await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> guyane.received().size() == 1
                    && mayotte.received().isEmpty());
        }
    }

    private Registered register(String academy, URI url, String scope) {
        return register(academy, url, scope, SelectionMother.TYPE);
    }

    private Registered register(String academy, URI url, String scope, String eventType) {
        HttpResponse<String> created = api.send("POST", SITES, operator, """
                {"academy": "%s", "name": "Site académique %s", "webhookUrl": "%s",
                 "subscription": {"eventTypes": ["%s"], "scope": "%s"}}""".formatted(academy, academy, url, eventType, scope));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        return new Registered(body.get("site").get("id").asString(), body.get("secret").asString());
    }

    private record Registered(String id, String secret) {
    }
}

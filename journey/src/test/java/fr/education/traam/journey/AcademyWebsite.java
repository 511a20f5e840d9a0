package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An académie's website as the journey sees it: the receiver on loopback standing for it, the id the registry gave
 * it, and the secret it was shown once at registration, with which it checks every webhook it receives.
 *
 * @param receiver the site's HTTP server, which the journey stops and restarts
 * @param siteId   its id in {@code /api/dissemination/sites}
 * @param verifier its Standard Webhooks check, keyed with its secret
 */
record AcademyWebsite(LoopbackReceiver receiver, String siteId, StandardWebhooksVerifier verifier) {

    private static final String CLOUD_EVENT_JSON = "application/cloudevents+json";

    /** What a site registers: its webhook, and the events of its own académie it wants, in the API's shape. */
    record Registration(String academy, String name, String webhookUrl, Subscription subscription) {
    }

    record Subscription(List<String> eventTypes, String scope) {
    }

    /**
     * A webhook whose signature checked out: the CloudEvent its body holds.
     *
     * @param webhookId the {@code webhook-id} header, the same on every attempt of one delivery
     */
    record Webhook(String webhookId, String type, String subject, JsonNode data) {
    }

    static Registration ownAcademyNews(Academy academy, URI webhookUrl, List<String> eventTypes) {
        return new Registration(academy.code(), "Site académique de " + academy.name(), webhookUrl.toString(),
                new Subscription(eventTypes, "OWN_ACADEMY"));
    }

    /**
     * Every request received so far, in arrival order, each checked as a website checks it before trusting it: a
     * POST to its webhook path, signed with its secret a moment ago, carrying a structured CloudEvent.
     */
    List<Webhook> webhooks() {
        return receiver.received().stream().map(AcademyWebsite::checked).map(this::authentic).toList();
    }

    private static LoopbackReceiver.Received checked(LoopbackReceiver.Received request) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/webhooks");
        assertThat(request.header("Content-Type")).startsWith(CLOUD_EVENT_JSON);
        return request;
    }

    private Webhook authentic(LoopbackReceiver.Received request) {
        String webhookId = request.header("webhook-id");
        assertThat(verifier.refusal(webhookId, request.header("webhook-timestamp"), request.header("webhook-signature"),
                request.body(), Instant.now())).as("the Standard Webhooks check of " + webhookId).isEmpty();
        assertThat(webhookId).startsWith("msg_");
        JsonNode event = Gateway.json(new String(request.body(), StandardCharsets.UTF_8));
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("id").asString()).isNotBlank();
        assertThat(event.get("source").asString()).isNotBlank();
        assertThat(event.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(event.get("data").isObject()).as(event.toString()).isTrue();
        return new Webhook(webhookId, event.get("type").asString(), event.get("subject").asString(), event.get("data"));
    }
}

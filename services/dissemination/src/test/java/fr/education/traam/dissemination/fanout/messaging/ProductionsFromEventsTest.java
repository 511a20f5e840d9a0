package fr.education.traam.dissemination.fanout.messaging;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.EditionLines;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.dissemination.newsletter.ProductionMother;
import fr.education.traam.dissemination.newsletter.application.EditingEditions;
import fr.education.traam.dissemination.site.StandardWebhooksVerifier;
import fr.education.traam.dissemination.site.WebsiteReceiver;
import fr.education.traam.dissemination.site.WebsiteReceiver.Answer;
import fr.education.traam.dissemination.site.WebsiteReceiver.Received;
import fr.education.traam.dissemination.social.ReviewQueue;
import fr.education.traam.dissemination.social.ReviewStatus;
import fr.education.traam.dissemination.social.SocialPostDraft;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.dissemination.newsletter.ProductionMother.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Productions published and withdrawn on the real broker, as the productions service publishes them, and what each
 * feature makes of them: the ÉduNum drafts, the académies' Atom feeds, the sites' signed webhooks (real HTTP servers on
 * loopback) and the social drafts. National productions credit every co-authoring académie; a withdrawal removes what
 * is still pending everywhere, once however often it is delivered. Sites use académies no other test class registers
 * sites in, except Lyon and Grenoble, whose sites here are told apart by the production's id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class ProductionsFromEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SITES = "/api/dissemination/sites";
    private static final String PUBLISHED = EventCatalogue.of(ProductionPublished.class).type();
    private static final String WITHDRAWN = EventCatalogue.of(ProductionWithdrawn.class).type();
    private static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AcademyDetails LYON = new AcademyDetails("10", "Lyon");
    private static final AcademyDetails GRENOBLE = new AcademyDetails("08", "Grenoble");
    private static final AcademyDetails NICE = new AcademyDetails("23", "Nice");

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EditionLines lines;
    @Autowired
    EditingEditions editing;
    @Autowired
    ReviewQueue queue;
    @Autowired
    @Qualifier("outboxKafkaTemplate")
    KafkaTemplate<String, byte[]> kafka;
    ApiClient api;
    String operator;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        operator = TestInfrastructure.tokens().bearer("OPERATOR");
    }

    @Test
    void a_national_training_module_co_written_by_lyon_and_grenoble_is_in_both_feeds_credits_both_and_reaches_both_sites() throws Exception {
        try (WebsiteReceiver lyon = new WebsiteReceiver(); WebsiteReceiver grenoble = new WebsiteReceiver()) {
            Registered lyonSite = register(LYON.code(), lyon.url(), PUBLISHED);
            Registered grenobleSite = register(GRENOBLE.code(), grenoble.url(), PUBLISHED);
            String campaignId = "campaign-" + UUID.randomUUID();
            ProductionPublished module = ProductionMother.trainingModule(campaignId, "ia", "IA et écriture", "Former à l'écriture avec l'IA",
                    List.of("Lettres"), List.of(LYON, GRENOBLE));
            PendingEvent published = pending(module);
            publisher.publish(published);

            for (String academy : List.of(LYON.code(), GRENOBLE.code())) {
                SyndEntry entry = await().atMost(PATIENCE).until(() -> entryLinking(academy, module.url()), e -> e != null);
                assertThat(entry.getTitle()).as("feed of " + academy).isEqualTo("Former à l'écriture avec l'IA");
            }
            NewsItem news = awaitItem(EditionLineId.forTheme(campaignId, "ia"), published.id());
            assertThat(news.summary()).isEqualTo("Module de formation du groupe national TraAM avec les académies de Lyon et de Grenoble, "
                    + "thème « IA et écriture », sous licence CC BY-NC-SA 4.0. Un parcours m@gistère de six heures.");
            SocialPostDraft draft = await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(published.id())),
                    d -> d.isPresent()).orElseThrow();
            assertThat(draft.text()).startsWith("Nouveau module de formation du groupe national TraAM avec les académies de Lyon et de Grenoble"
                    + " : « Former à l'écriture avec l'IA » " + module.url());

            for (Registered site : List.of(lyonSite, grenobleSite)) {
                WebsiteReceiver receiver = site == lyonSite ? lyon : grenoble;
                Received webhook = await().atMost(PATIENCE).until(() -> about(receiver, module.productionId()), r -> !r.isEmpty()).get(0);
                assertThat(signedFor(site, webhook)).as("signed for the site of " + site.academy()).isTrue();
                assertThat(JSON.readTree(webhook.body()).at("/data/academies").valueStream().map(a -> a.get("code").asString()))
                        .containsExactly(LYON.code(), GRENOBLE.code());
            }
        }
    }

    @Test
    void a_synthesis_that_credits_no_academy_is_the_national_group_s_and_reaches_sites_as_national_news() throws Exception {
        try (WebsiteReceiver nantes = new WebsiteReceiver()) {
            Registered site = register("17", nantes.url(), PUBLISHED);
            String campaignId = "campaign-" + UUID.randomUUID();
            ProductionPublished synthesis = ProductionMother.synthesis(campaignId, "ia", "IA et écriture", "Synthèse du thème IA et écriture",
                    List.of("Lettres"));
            PendingEvent published = pending(synthesis);
            publisher.publish(published);

            NewsItem news = awaitItem(EditionLineId.forTheme(campaignId, "ia"), published.id());
            assertThat(news.summary()).startsWith("Synthèse du groupe national TraAM, thème « IA et écriture »");
            assertThat(await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(published.id())), d -> d.isPresent())
                    .orElseThrow().text()).startsWith("Nouvelle synthèse du groupe national TraAM : « Synthèse du thème IA et écriture »");
            Received webhook = await().atMost(PATIENCE).until(() -> about(nantes, synthesis.productionId()), r -> !r.isEmpty()).get(0);
            assertThat(signedFor(site, webhook)).as("national: the OWN_ACADEMY site of Nantes receives it").isTrue();
            assertThat(entryLinking("17", synthesis.url())).as("no académie's feed: none is credited").isNull();
        }
    }

    @Test
    void a_withdrawal_removes_what_is_still_pending_everywhere_and_reaches_the_sites_that_subscribed_to_it_once() throws Exception {
        try (WebsiteReceiver taking = new WebsiteReceiver();
             WebsiteReceiver retrying = new WebsiteReceiver().otherwise(new Answer(503, "3"));
             WebsiteReceiver publicationsOnly = new WebsiteReceiver();
             WebsiteReceiver poitiers = new WebsiteReceiver()) {
            Registered takingSite = register(NICE.code(), taking.url(), PUBLISHED, WITHDRAWN);
            Registered retryingSite = register(NICE.code(), retrying.url(), PUBLISHED, WITHDRAWN);
            register(NICE.code(), publicationsOnly.url(), PUBLISHED);
            register("13", poitiers.url(), WITHDRAWN);
            String campaignId = "campaign-" + UUID.randomUUID();
            String discipline = "Discipline " + UUID.randomUUID().toString().substring(0, 8);
            ProductionPublished first = ProductionMother.scenario(campaignId, "ia", "IA et écriture", "Un conte réécrit", List.of(discipline), NICE);
            PendingEvent firstPublished = pending(first);
            publisher.publish(firstPublished);
            EditionLineId themeLine = EditionLineId.forTheme(campaignId, "ia");
            EditionLineId disciplineLine = EditionLineId.forDiscipline(discipline);
            awaitItem(themeLine, firstPublished.id());
            awaitItem(disciplineLine, firstPublished.id());
            // The discipline's edition went out with it: that stays as history. Its first draft post was approved.
            editing.publish(disciplineLine, ExpectedVersion.any(), "editor-1");
            SocialPostDraft approved = await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(firstPublished.id())),
                    d -> d.isPresent()).orElseThrow();
            queue.save(approved.approved(Instant.now(), "editor-1"));
            // Revised and published again: a second event, whose news and draft post are still pending.
            PendingEvent againPublished = pending(ProductionMother.republished(first));
            publisher.publish(againPublished);
            awaitItem(disciplineLine, againPublished.id());
            await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(againPublished.id())).isPresent());
            await().atMost(PATIENCE).until(() -> entryLinking(NICE.code(), first.url()) != null);
            await().atMost(PATIENCE).until(() -> about(taking, first.productionId()).size() == 2);
            // The retrying site answered 503 to both publications, asking to be retried in 3 s: they are pending.
            await().atMost(PATIENCE).until(() -> about(retrying, first.productionId()).size() >= 2);

            PendingEvent withdrawal = pending(ProductionMother.withdrawn(first, "Une image sans droit de diffusion"));
            publisher.publish(withdrawal);
            publisher.publish(withdrawal); // redelivered by the relay: same ce_id

            // Sites: the withdrawal, signed, to each site of Nice that subscribed to it; the pending publications cancelled.
            Received takenDown = await().atMost(PATIENCE).until(() -> received(taking, withdrawal.id()), r -> !r.isEmpty()).get(0);
            assertThat(signedFor(takingSite, takenDown)).isTrue();
            JsonNode cloudEvent = JSON.readTree(takenDown.body());
            assertThat(cloudEvent.get("type").asString()).isEqualTo(WITHDRAWN);
            assertThat(cloudEvent.get("subject").asString()).isEqualTo(first.productionId());
            assertThat(cloudEvent.at("/data/reason").asString()).isEqualTo("Une image sans droit de diffusion");
            await().atMost(PATIENCE).until(() -> !received(retrying, withdrawal.id()).isEmpty());
            List<JsonNode> cancelled = await().atMost(PATIENCE).until(() -> deliveries(retryingSite, PUBLISHED),
                    list -> list.size() == 2 && list.stream().allMatch(d -> "CANCELLED".equals(d.get("status").asString())));
            assertThat(cancelled).allSatisfy(d -> assertThat(d.get("lastError").asString()).contains("withdrawn")
                    .contains("Une image sans droit de diffusion"));
            assertThat(deliveries(takingSite, PUBLISHED)).as("delivered before: they stay delivered")
                    .extracting(d -> d.get("status").asString()).containsExactly("DELIVERED", "DELIVERED");

            // Feed: both entries taken out, a tombstone naming each in its place.
            List<Element> tombstones = await().atMost(PATIENCE).until(() -> tombstones(NICE.code(), firstPublished.id(), againPublished.id()),
                    t -> t.size() == 2);
            assertThat(entryLinking(NICE.code(), first.url())).isNull();
            assertThat(tombstones).extracting(t -> t.getAttribute("ref")).containsExactlyInAnyOrder(
                    "tag:traam.education.fr,2026:academies/23/events/" + firstPublished.id(),
                    "tag:traam.education.fr,2026:academies/23/events/" + againPublished.id());
            assertThat(tombstones).allSatisfy(t -> {
                assertThat(Instant.parse(t.getAttribute("when"))).isBefore(Instant.now().plusSeconds(1));
                assertThat(t.getElementsByTagNameNS(TOMBSTONES, "comment").item(0).getTextContent())
                        .isEqualTo("Production retirée : Une image sans droit de diffusion");
            });
            List<String> whens = tombstones.stream().map(t -> t.getAttribute("ref") + " " + t.getAttribute("when")).toList();

            // Newsletter: gone from every open draft; the edition sent keeps it.
            EditionLine discipline1 = await().atMost(PATIENCE).until(() -> lines.find(disciplineLine).orElseThrow(),
                    l -> l.draft().items().isEmpty());
            assertThat(discipline1.edition(1).orElseThrow().readingOrder()).extracting(NewsItem::id).containsExactly(firstPublished.id());
            await().atMost(PATIENCE).until(() -> lines.find(themeLine).orElseThrow().draft().items().isEmpty());

            // Social: the pending draft discarded with the reason, not by an editor; the approved one stays approved.
            SocialPostDraft discarded = await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(againPublished.id())).orElseThrow(),
                    d -> d.status() == ReviewStatus.DISCARDED);
            assertThat(discarded.reason()).isEqualTo("Production retirée : Une image sans droit de diffusion");
            assertThat(discarded.decidedBy()).isNull();
            JsonNode view = JSON.readTree(api.get("/api/dissemination/social-drafts/" + discarded.id(),
                    TestInfrastructure.tokens().bearer("EDITOR")).body());
            assertThat(view.get("status").asString()).isEqualTo("DISCARDED");
            assertThat(view.get("reason").asString()).isEqualTo("Production retirée : Une image sans droit de diffusion");
            assertThat(queue.find(approved.id()).orElseThrow().status()).isEqualTo(ReviewStatus.APPROVED);

            // Once, however often delivered: one withdrawal webhook, no publication attempted after its cancellation, the
            // tombstones as first written; nothing to sites that did not subscribe or are not reached.
            int publicationAttempts = publications(retrying, first.productionId()).size();
            await().during(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> received(taking, withdrawal.id()).size() == 1
                    && publications(retrying, first.productionId()).size() == publicationAttempts);
            assertThat(deliveries(takingSite, WITHDRAWN)).hasSize(1);
            assertThat(tombstones(NICE.code(), firstPublished.id(), againPublished.id()))
                    .extracting(t -> t.getAttribute("ref") + " " + t.getAttribute("when")).containsExactlyInAnyOrderElementsOf(whens);
            assertThat(publicationsOnly.received()).noneMatch(r -> r.body().contains(withdrawal.id()));
            assertThat(poitiers.received()).noneMatch(r -> r.body().contains(first.productionId()));
        }
    }

    @Test
    void a_review_event_on_traam_productions_is_skipped_without_a_dead_letter() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        String productionId = "production-" + UUID.randomUUID();
        // The productions service publishes each review step on the same topic: nothing dissemination acts on.
        PendingEvent submitted = new PendingEvent(UUID.randomUUID().toString(), "fr.education.traam.productions.production-submitted.v1",
                ProductionMother.SOURCE, Topics.PRODUCTIONS, productionId, Instant.now(), """
                {"productionId": "%s", "version": 1, "stage": "ACADEMIC"}"""
                .formatted(productionId));
        publisher.publish(submitted);
        // A poison record after it, on the same key, so on the same partition: it is dead-lettered, the submission must not be.
        kafka.send(new ProducerRecord<>(Topics.PRODUCTIONS, productionId, "{not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
        PendingEvent next = pending(ProductionMother.scenario(campaignId, "ia", "IA et écriture", "Après la soumission", List.of("Lettres")));
        publisher.publish(next);

        awaitItem(EditionLineId.forTheme(campaignId, "ia"), next.id());
        try (KafkaTopicProbe deadLetters = new KafkaTopicProbe("error." + Topics.PRODUCTIONS + ".dissemination")) {
            var first = deadLetters.awaitRecords(r -> productionId.equals(r.key()), 1, PATIENCE).get(0);
            assertThat(KafkaTopicProbe.value(first)).as("the first dead letter of that key is the poison, not the submission")
                    .isEqualTo("{not a cloud event");
        }
        assertThat(lines.drafting(productionId)).as("nothing made of the submission").isEmpty();
        assertThat(queue.find(SocialPostDraft.idFor(submitted.id()))).isEmpty();
    }

    private NewsItem awaitItem(EditionLineId line, String itemId) {
        return await().atMost(PATIENCE).until(() -> lines.find(line), l -> l.isPresent() && l.get().draft().item(itemId).isPresent())
                .orElseThrow().draft().item(itemId).orElseThrow();
    }

    private SyndEntry entryLinking(String academy, String link) throws Exception {
        return new SyndFeedInput().build(new StringReader(feed(academy))).getEntries().stream()
                .filter(e -> link.equals(e.getLink())).findFirst().orElse(null);
    }

    private String feed(String academy) {
        HttpResponse<String> feed = api.get("/api/dissemination/academies/" + academy + "/feed.atom", null);
        assertThat(feed.statusCode()).isEqualTo(200);
        return feed.body();
    }

    /** The feed's RFC 6721 deleted entries naming an entry of one of {@code eventIds}, read by a namespace-aware parser. */
    private List<Element> tombstones(String academy, String... eventIds) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList deleted = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed(academy).getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS(TOMBSTONES, "deleted-entry");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < deleted.getLength(); i++) {
            Element tombstone = (Element) deleted.item(i);
            for (String eventId : eventIds) {
                if (tombstone.getAttribute("ref").endsWith("/events/" + eventId)) {
                    found.add(tombstone);
                }
            }
        }
        return found;
    }

    /** The webhooks a site received about a production: its CloudEvent subject. */
    private static List<Received> about(WebsiteReceiver receiver, String productionId) {
        return receiver.received().stream().filter(r -> r.body().contains("\"subject\":\"" + productionId + "\"")).toList();
    }

    private static List<Received> received(WebsiteReceiver receiver, String eventId) {
        return receiver.received().stream().filter(r -> r.body().contains("\"id\":\"" + eventId + "\"")).toList();
    }

    /** The attempts to deliver a production's publications to a site. */
    private static List<Received> publications(WebsiteReceiver receiver, String productionId) {
        return about(receiver, productionId).stream().filter(r -> r.body().contains("\"type\":\"" + PUBLISHED + "\"")).toList();
    }

    private List<JsonNode> deliveries(Registered site, String eventType) {
        return JSON.readTree(api.get(SITES + "/" + site.id() + "/deliveries", operator).body()).valueStream()
                .filter(d -> eventType.equals(d.get("eventType").asString())).toList();
    }

    private static boolean signedFor(Registered site, Received webhook) {
        return new StandardWebhooksVerifier(site.secret()).verify(webhook.header("webhook-id"), webhook.header("webhook-timestamp"),
                webhook.header("webhook-signature"), webhook.body(), Instant.now());
    }

    private Registered register(String academy, URI url, String... eventTypes) {
        HttpResponse<String> created = api.send("POST", SITES, operator, """
                {"academy": "%s", "name": "Site académique %s", "webhookUrl": "%s",
                 "subscription": {"eventTypes": [%s], "scope": "OWN_ACADEMY"}}""".formatted(academy, academy, url,
                String.join(", ", Arrays.stream(eventTypes).map(t -> "\"" + t + "\"").toList())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        return new Registered(academy, body.get("site").get("id").asString(), body.get("secret").asString());
    }

    private record Registered(String academy, String id, String secret) {
    }
}

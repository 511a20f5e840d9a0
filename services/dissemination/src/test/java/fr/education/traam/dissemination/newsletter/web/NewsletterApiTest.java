package fr.education.traam.dissemination.newsletter.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventSchemas;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.EditionLines;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.net.http.HttpRequest;
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
 * The newsletter over real HTTP, from productions published on the real broker to an editor's edition and its
 * public feeds, each read back by an independent parser: ROME for Atom and RSS, Jackson against the JSON Feed 1.1
 * required members, jsoup for the HTML page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class NewsletterApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** User text that breaks any feed or page that does not escape it. */
    private static final String HOSTILE_THEME = "IA & écriture : \"<script>alert('x')</script>\"";
    private static final String HOSTILE_TITLE = "Tom & Jerry <script>alert(\"x\")</script> l'écrivent";

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EditionLines lines;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void an_editor_reviews_the_news_of_a_theme_and_publishes_it_as_edition_1_which_every_feed_and_page_shows() throws Exception {
        String editor = TestInfrastructure.tokens().bearer("EDITOR");
        String campaignId = "campaign-" + UUID.randomUUID();
        ProductionPublished conte = scenario(campaignId, "ia", HOSTILE_THEME, HOSTILE_TITLE, List.of("Lettres", "Philosophie"));
        ProductionPublished debat = scenario(campaignId, "ia", HOSTILE_THEME, "Débattre avec un agent conversationnel", List.of("Philosophie"));
        ProductionPublished retire = scenario(campaignId, "ia", HOSTILE_THEME, "Une production à retirer", List.of("Philosophie"));
        PendingEvent conteEvent = pending(conte);
        PendingEvent debatEvent = pending(debat);
        PendingEvent retireEvent = pending(retire);
        publisher.publish(conteEvent);
        publisher.publish(debatEvent);
        publisher.publish(retireEvent);
        String line = EditionLineId.forTheme(campaignId, "ia").value();
        awaitDraft(line, 3);

        String base = "/api/dissemination/edition-lines/" + line;
        JsonNode draft = json(api.get(base + "/draft", editor));
        assertThat(draft.get("items").valueStream().map(i -> i.get("id").asString()))
                .containsExactly(conteEvent.id(), debatEvent.id(), retireEvent.id());
        assertThat(api.send("DELETE", base + "/draft/items/" + retireEvent.id(), editor, null).statusCode()).isEqualTo(204);
        json(api.send("PUT", base + "/draft/items", editor, "{\"order\":[\"" + debatEvent.id() + "\",\"" + conteEvent.id() + "\"]}"));
        json(api.send("PUT", base + "/draft/items/" + debatEvent.id() + "/note", editor, "{\"note\":\"Un coup de cœur & à partager\"}"));
        JsonNode reviewed = json(api.send("PUT", base + "/draft/spotlight", editor, "{\"itemId\":\"" + conteEvent.id() + "\"}"));
        assertThat(reviewed.get("spotlight").asString()).isEqualTo(conteEvent.id());

        HttpResponse<String> published = api.send("POST", base + "/draft/publication", editor, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        String page = "http://localhost:8080" + base + "/editions/1";
        assertThat(published.headers().firstValue("Location")).contains(page);
        assertThat(json(published).get("title").asString()).isEqualTo("ÉduNum thématique – " + HOSTILE_THEME + " n°1");
        assertThat(json(api.get(base + "/draft", editor)).get("items")).isEmpty();
        assertThat(json(api.get(base + "/draft", editor)).get("number").asInt()).isEqualTo(2);

        try (KafkaTopicProbe topic = new KafkaTopicProbe(Topics.DISSEMINATION)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecords(r -> line.equals(r.key()), 1, PATIENCE).get(0);
            assertThat(KafkaTopicProbe.header(event, CloudEventHeaders.TYPE))
                    .isEqualTo("fr.education.traam.dissemination.newsletter-edition-published.v1");
            assertThat(EventSchemas.violations(EventCatalogue.byType(KafkaTopicProbe.header(event, CloudEventHeaders.TYPE)).orElseThrow(),
                    event.value())).isEmpty();
            JsonNode body = JSON.readTree(event.value());
            assertThat(body.get("number").asInt()).isEqualTo(1);
            assertThat(body.get("url").asString()).isEqualTo(page);
            assertThat(body.get("spotlight").get("title").asString()).isEqualTo(HOSTILE_TITLE);
        }

        SyndFeed atom = new SyndFeedInput().build(new StringReader(api.get(base + "/feed.atom", null).body()));
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getTitle()).isEqualTo("ÉduNum thématique – " + HOSTILE_THEME);
        SyndEntry atomEntry = atom.getEntries().get(0);
        assertThat(atom.getEntries()).hasSize(1);
        assertThat(atomEntry.getTitle()).isEqualTo("ÉduNum thématique – " + HOSTILE_THEME + " n°1");
        assertThat(atomEntry.getLink()).isEqualTo(page);
        String atomHtml = atomEntry.getContents().get(0).getValue();
        assertThat(atomHtml).startsWith("<h2>Zoom sur…</h2><h3>Tom &amp; Jerry &lt;script&gt;").doesNotContain("<script>");

        SyndFeed rss = new SyndFeedInput().build(new StringReader(api.get(base + "/feed.rss", null).body()));
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getTitle()).isEqualTo("ÉduNum thématique – " + HOSTILE_THEME);
        assertThat(rss.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getTitle()).isEqualTo("ÉduNum thématique – " + HOSTILE_THEME + " n°1");
            assertThat(entry.getLink()).isEqualTo(page);
            assertThat(entry.getDescription().getValue()).contains("Tom &amp; Jerry &lt;script&gt;").doesNotContain("<script>");
        });

        HttpResponse<String> jsonFeedResponse = api.get(base + "/feed.json", null);
        assertThat(jsonFeedResponse.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/feed+json"));
        JsonNode jsonFeed = JSON.readTree(jsonFeedResponse.body());
        // JSON Feed 1.1 requires version, title and items, and each item an id and content_html or content_text.
        assertThat(jsonFeed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(jsonFeed.get("title").asString()).isEqualTo("ÉduNum thématique – " + HOSTILE_THEME);
        assertThat(jsonFeed.get("feed_url").asString()).isEqualTo("http://localhost:8080" + base + "/feed.json");
        assertThat(jsonFeed.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("id").isString()).isTrue();
            assertThat(item.get("url").asString()).isEqualTo(page);
            assertThat(item.get("content_html").asString()).contains("Tom &amp; Jerry &lt;script&gt;");
            assertThat(item.get("date_published").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        });

        HttpResponse<String> html = api.get(base + "/editions/1", null);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.body()).doesNotContain("<script>").contains("&lt;script&gt;");
        Document document = Jsoup.parse(html.body());
        assertThat(document.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(document.select("h1")).singleElement().satisfies(h1 -> assertThat(h1.text()).endsWith("n°1"));
        List<Integer> levels = document.select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.tagName().charAt(1) - '0').toList();
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("headings %s descend one level at a time", levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(document.select("h2").eachText()).containsExactly("Zoom sur…", "Dans ce numéro");
        assertThat(document.select("h3").eachText()).containsExactly(HOSTILE_TITLE, "Débattre avec un agent conversationnel");
        assertThat(document.text()).contains("Un coup de cœur & à partager").doesNotContain("Une production à retirer");
        for (Element link : document.select("a")) {
            assertThat(link.text()).as("link to %s", link.attr("href")).isNotBlank().doesNotContainIgnoringCase("cliquez")
                    .isNotEqualToIgnoringCase("ici").isNotEqualToIgnoringCase("lien");
        }
        assertThat(document.select("a[href=" + conte.url() + "]").text()).contains(HOSTILE_TITLE);
    }

    @Test
    void the_same_production_delivered_twice_is_one_item_in_each_line_it_concerns() {
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent once = pending(scenario(campaignId, "ia", "IA et écriture", "Réécrire un conte", List.of("Lettres", "Philosophie")));
        PendingEvent marker = pending(scenario(campaignId, "ia", "IA et écriture", "Un marqueur", List.of("Lettres", "Philosophie")));

        publisher.publish(once);
        publisher.publish(once); // the producer's relay republishing after a crash: same ce_id
        publisher.publish(marker);

        for (String line : List.of(EditionLineId.forTheme(campaignId, "ia").value(), "discipline-lettres", "discipline-philosophie")) {
            EditionLine gathered = await().atMost(PATIENCE).until(() -> lines.find(new EditionLineId(line)),
                    l -> l.isPresent() && l.get().draft().item(marker.id()).isPresent()).orElseThrow();
            assertThat(gathered.draft().items().stream().map(NewsItem::id).filter(once.id()::equals)).as(line).hasSize(1);
        }
    }

    @Test
    void feeds_and_pages_answer_a_conditional_get_with_304_until_a_new_edition_changes_them() {
        String editor = TestInfrastructure.tokens().bearer("EDITOR");
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(pending(scenario(campaignId, "ia", "IA et écriture", "Réécrire un conte", List.of("Lettres"))));
        String line = EditionLineId.forTheme(campaignId, "ia").value();
        awaitDraft(line, 1);
        String base = "/api/dissemination/edition-lines/" + line;
        assertThat(api.send("POST", base + "/draft/publication", editor, null).statusCode()).isEqualTo(201);

        for (String path : List.of(base + "/feed.atom", base + "/feed.rss", base + "/feed.json", base + "/editions/1")) {
            HttpResponse<String> first = api.get(path, null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            assertThat(conditional(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
            assertThat(conditional(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
            assertThat(conditional(path, "If-None-Match", "\"something-else\"").statusCode()).as(path).isEqualTo(200);
        }

        String atomTag = api.get(base + "/feed.atom", null).headers().firstValue("ETag").orElseThrow();
        publisher.publish(pending(scenario(campaignId, "ia", "IA et écriture", "Débattre", List.of("Lettres"))));
        awaitDraft(line, 1);
        assertThat(api.send("POST", base + "/draft/publication", editor, null).statusCode()).isEqualTo(201);
        HttpResponse<String> changed = conditional(base + "/feed.atom", "If-None-Match", atomTag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("n°2");
    }

    @Test
    void anyone_reads_lines_and_feeds_but_only_an_editor_touches_a_draft() {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(pending(scenario(campaignId, "ia", "IA et écriture", "Réécrire un conte", List.of("Lettres"))));
        String line = EditionLineId.forTheme(campaignId, "ia").value();
        awaitDraft(line, 1);
        String base = "/api/dissemination/edition-lines/" + line;

        HttpResponse<String> list = api.get("/api/dissemination/edition-lines", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).valueStream().map(l -> l.get("id").asString())).contains(line, "discipline-lettres");
        assertThat(api.get(base + "/feed.atom", null).statusCode()).isEqualTo(200);
        JsonNode openApi = json(api.get("/api/dissemination/v3/api-docs", null)).get("paths");
        assertThat(openApi.propertyNames()).contains("/api/dissemination/edition-lines", "/api/dissemination/edition-lines/{id}/feed.atom",
                "/api/dissemination/edition-lines/{id}/feed.rss", "/api/dissemination/edition-lines/{id}/feed.json",
                "/api/dissemination/edition-lines/{id}/editions/{number}", "/api/dissemination/edition-lines/{id}/draft/publication");

        assertProblem(api.get(base + "/draft", null), 401, "unauthorized");
        assertProblem(api.get(base + "/draft", TestInfrastructure.tokens().bearer("TEACHER")), 403, "forbidden");
        assertProblem(api.send("POST", base + "/draft/publication", TestInfrastructure.tokens().bearer("DNE_EXPERT"), null), 403, "forbidden");
        assertProblem(api.send("POST", base + "/draft/publication", null, null), 401, "unauthorized");
    }

    @Test
    void an_empty_draft_an_unknown_line_or_edition_and_an_incomplete_order_are_problems() {
        String editor = TestInfrastructure.tokens().bearer("EDITOR");
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent only = pending(scenario(campaignId, "ia", "IA et écriture", "Réécrire un conte", List.of("Lettres")));
        publisher.publish(only);
        String line = EditionLineId.forTheme(campaignId, "ia").value();
        awaitDraft(line, 1);
        String base = "/api/dissemination/edition-lines/" + line;

        assertViolation(api.send("PUT", base + "/draft/items", editor, "{\"order\":[]}"), "order");
        assertProblem(api.send("PUT", base + "/draft/spotlight", editor, "{\"itemId\":\"inconnu\"}"), 404, "news-item-not-found");
        assertViolation(api.send("PUT", base + "/draft/items/" + only.id() + "/note", editor, "{\"note\":\"" + "x".repeat(2001) + "\"}"), "note");
        assertThat(api.send("DELETE", base + "/draft/items/" + only.id(), editor, null).statusCode()).isEqualTo(204);
        assertProblem(api.send("POST", base + "/draft/publication", editor, null), 409, "empty-draft");
        assertProblem(api.get("/api/dissemination/edition-lines/discipline-inconnue/feed.atom", null), 404, "edition-line-not-found");
        assertProblem(api.get(base + "/editions/1", null), 404, "edition-not-found");
    }

    private void awaitDraft(String line, int items) {
        await().atMost(PATIENCE).until(() -> lines.find(new EditionLineId(line)),
                l -> l.isPresent() && l.get().draft().items().size() == items);
    }

    private HttpResponse<String> conditional(String path, String header, String value) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).GET().header(header, value).build());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}

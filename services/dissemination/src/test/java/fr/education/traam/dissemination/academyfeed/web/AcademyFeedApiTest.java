package fr.education.traam.dissemination.academyfeed.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.dissemination.newsletter.ProductionMother;
import fr.education.traam.dissemination.site.SelectionMother;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An académie's public Atom feed, from events on the real broker, read back by ROME. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class AcademyFeedApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void an_academy_s_feed_shows_its_selections_and_productions_once_each_and_answers_a_conditional_get_with_304() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(SelectionMother.campaign(campaignId, "ia"));
        // The campaign and the selection come on two topics: the entry names the theme by its title once the campaign
        // is known, as it is on the platform long before a selection is published.
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());
        PendingEvent selection = SelectionMother.pending(SelectionMother.selection(campaignId, "ia", List.of("16", "11"), List.of("22")));
        String title = "Écrire & réécrire <avec> l'IA";
        ProductionPublished published = ProductionMother.scenario(campaignId, "ia", "IA et écriture", title,
                List.of("Lettres"), new AcademyDetails("16", "Toulouse"));
        PendingEvent production = ProductionMother.pending(published);
        publisher.publish(selection);
        publisher.publish(production);
        publisher.publish(production); // redelivered: same ce_id

        String toulouse = "/api/dissemination/academies/16/feed.atom";
        SyndFeed feed = await().atMost(PATIENCE).until(() -> parse(api.get(toulouse, null).body()),
                f -> f.getEntries().stream().anyMatch(e -> e.getTitle().equals(title))
                        && f.getEntries().stream().anyMatch(e -> e.getTitle().startsWith("Retenue")));
        assertThat(feed.getTitle()).isEqualTo("TraAM – académie de Toulouse");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).filteredOn(title::equals).hasSize(1);
        assertThat(feed.getEntries()).filteredOn(e -> e.getTitle().equals(title)).first()
                .satisfies(e -> assertThat(e.getLink()).as("the production's public page").isEqualTo(published.url()));
        assertThat(parse(api.get("/api/dissemination/academies/11/feed.atom", null).body()).getEntries())
                .extracting(SyndEntry::getTitle).contains("Retenue pour le thème « Thème ia »").doesNotContain(title);
        assertThat(parse(api.get("/api/dissemination/academies/22/feed.atom", null).body()).getEntries())
                .as("an académie not retained gets no entry").extracting(SyndEntry::getLink).doesNotContain(
                        "http://localhost:8080/api/candidatures/selections/" + campaignId + "/ia");

        HttpResponse<String> first = api.get(toulouse, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = api.send(HttpRequest.newBuilder(api.uri(toulouse)).header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertProblem(api.get("/api/dissemination/academies/99/feed.atom", null), 404, "academy-not-found");
    }

    @Test
    void an_amended_selection_rewrites_the_entries_it_changes_adds_the_one_newly_selected_and_ignores_an_older_amendment() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        String selectionLink = "http://localhost:8080/api/candidatures/selections/" + campaignId + "/ia";
        publisher.publish(SelectionMother.campaign(campaignId, "ia"));
        publisher.publish(SelectionMother.pending(SelectionMother.selection(campaignId, "ia", List.of("16", "11"), List.of("22"))));
        PendingEvent bordeauxOut = SelectionMother.pending(SelectionMother.amended(campaignId, "ia", 1, "11", SelectionDecision.NOT_RETAINED,
                List.of("16"), List.of("11", "22")));
        publisher.publish(bordeauxOut);
        publisher.publish(SelectionMother.pending(SelectionMother.amended(campaignId, "ia", 2, "22", SelectionDecision.SELECTED,
                List.of("16", "22"), List.of("11"))));

        SyndEntry toulouse = await().atMost(PATIENCE).until(() -> entryOf("16", selectionLink),
                e -> e != null && e.getDescription().getValue().contains("corrigée, retient 2 académies"));
        SyndEntry bordeaux = entryOf("11", selectionLink);
        SyndEntry rennes = await().atMost(PATIENCE).until(() -> entryOf("22", selectionLink), java.util.Objects::nonNull);
        assertThat(bordeaux.getTitle()).startsWith("Non retenue pour le thème");
        assertThat(bordeaux.getDescription().getValue()).contains("ne retient plus cette académie");
        assertThat(rennes.getTitle()).startsWith("Retenue pour le thème");
        assertThat(toulouse.getUpdatedDate()).as("rewritten, not added").isAfterOrEqualTo(toulouse.getPublishedDate());
        for (String academy : List.of("16", "11", "22")) {
            assertThat(entriesOf(academy, selectionLink)).as("one entry of the selection in feed " + academy).hasSize(1);
        }

        publisher.publish(bordeauxOut); // an older amendment delivered again: it said Toulouse was alone
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> entryOf("16", selectionLink).getDescription().getValue(),
                summary -> summary.contains("corrigée, retient 2 académies"));
        assertThat(entriesOf("22", selectionLink)).hasSize(1);
    }

    private SyndEntry entryOf(String academy, String link) throws Exception {
        List<SyndEntry> entries = entriesOf(academy, link);
        return entries.isEmpty() ? null : entries.get(0);
    }

    private List<SyndEntry> entriesOf(String academy, String link) throws Exception {
        return parse(api.get("/api/dissemination/academies/" + academy + "/feed.atom", null).body()).getEntries().stream()
                .filter(e -> link.equals(e.getLink())).toList();
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }
}

package fr.education.traam.dissemination.fanout.messaging;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventJson;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.dissemination.academyfeed.AcademyEntries;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.EditionLines;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.dissemination.newsletter.NewsKind;
import fr.education.traam.dissemination.newsletter.application.EditingEditions;
import fr.education.traam.dissemination.newsletter.application.GatheringNews;
import fr.education.traam.dissemination.site.SelectionMother;
import fr.education.traam.dissemination.social.ReviewQueue;
import fr.education.traam.dissemination.social.SocialPostDraft;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.dissemination.newsletter.ProductionMother.pending;
import static fr.education.traam.dissemination.newsletter.ProductionMother.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumers of {@code traam.campaigns}, {@code traam.candidatures} and {@code traam.productions} on the real broker: events published as
 * their producers' relays publish them (CloudEvents in binary mode, same publisher), gathered into every line they
 * concern once each, and a poison record sent to the dead-letter topic while the records behind it flow on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class NewsFromEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CAMPAIGNS_SOURCE = "/traam/campaigns";
    private static final CampaignCalendar CALENDAR = new CampaignCalendar(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14),
            LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));

    @Autowired
    EventPublisher publisher;
    @Autowired
    BindingServiceProperties bindings;
    @Autowired
    EditionLines lines;
    @Autowired
    Campaigns campaigns;
    @Autowired
    EditingEditions editing;
    @Autowired
    GatheringNews news;
    @Autowired
    ReviewQueue queue;
    @Autowired
    AcademyEntries entries;
    @Autowired
    @Qualifier("outboxKafkaTemplate")
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void binds_every_topic_it_follows_and_no_restricted_one() {
        assertThat(bindings.getBindings().values()).extracting(BindingProperties::getDestination)
                .contains(Topics.CAMPAIGNS, Topics.CANDIDATURES, Topics.PRODUCTIONS)
                .doesNotContainAnyElementsOf(Topics.RESTRICTED);
    }

    @Test
    void an_opening_call_is_news_in_each_of_its_themes_lines_and_each_of_their_disciplines_lines_once() {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(campaignEvent(new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", CALENDAR,
                List.of(ia(), maths()), "expert-lettres")));
        PendingEvent opened = campaignEvent(new CampaignPhaseAdvanced(campaignId, "2027-2028", "TraAM 2027-2028",
                CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN, LocalDate.of(2027, 3, 15), AdvanceTrigger.EXPERT, "expert-lettres"));
        publisher.publish(opened);
        publisher.publish(opened); // redelivered: same ce_id

        EditionLine iaLine = awaitItem(EditionLineId.forTheme(campaignId, "ia-et-ecriture"), opened.id());
        assertThat(iaLine.title()).isEqualTo("ÉduNum thématique – IA et écriture");
        NewsItem news = iaLine.draft().item(opened.id()).orElseThrow();
        assertThat(news.kind()).isEqualTo(NewsKind.CALL_OPEN);
        assertThat(news.title()).isEqualTo("Appel à projets TraAM 2027-2028 : le thème « IA et écriture » est ouvert");
        assertThat(news.link()).isEqualTo("http://localhost:8080/api/campaigns/" + campaignId + "/themes/ia-et-ecriture");
        awaitItem(EditionLineId.forTheme(campaignId, "donnees-en-mathematiques"), opened.id());
        for (String discipline : List.of("Lettres", "Philosophie", "Mathématiques")) {
            EditionLine line = awaitItem(EditionLineId.forDiscipline(discipline), opened.id());
            assertThat(line.title()).isEqualTo("ÉduNum " + discipline);
            assertThat(line.draft().items().stream().filter(item -> item.id().equals(opened.id()))).hasSize(1);
        }
        assertThat(lines.find(EditionLineId.forDiscipline("Lettres")).orElseThrow().draft().item(opened.id()).orElseThrow().summary())
                .isEqualTo("Le thème « IA et écriture » concerne la discipline Lettres ; les académies peuvent candidater.");
    }

    @Test
    void a_published_national_selection_is_news_in_its_theme_s_line_and_each_of_its_disciplines_lines_once() {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(campaignEvent(new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", CALENDAR, List.of(ia()), "e")));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());
        PendingEvent published = SelectionMother.pending(SelectionMother.selection(campaignId, "ia-et-ecriture", List.of("10", "25"), List.of("20")));
        publisher.publish(published);
        publisher.publish(published); // redelivered: same ce_id

        EditionLine line = awaitItem(EditionLineId.forTheme(campaignId, "ia-et-ecriture"), published.id());
        NewsItem news = line.draft().item(published.id()).orElseThrow();
        assertThat(news.kind()).isEqualTo(NewsKind.SELECTION_PUBLISHED);
        assertThat(news.title()).isEqualTo("Sélection nationale : 2 académies retenues pour le thème « IA et écriture »");
        assertThat(news.summary()).isEqualTo("Académies retenues : Lyon, Versailles (2 sur 6 places, 3 candidatures).");
        assertThat(news.link()).isEqualTo("http://localhost:8080/api/candidatures/selections/" + campaignId + "/ia-et-ecriture");
        for (String discipline : List.of("Lettres", "Philosophie")) {
            EditionLine disciplineLine = awaitItem(EditionLineId.forDiscipline(discipline), published.id());
            assertThat(disciplineLine.draft().items().stream().filter(item -> item.id().equals(published.id()))).hasSize(1);
        }
        assertThat(line.draft().items().stream().filter(item -> item.id().equals(published.id()))).hasSize(1);
    }

    @Test
    void an_amendment_rewrites_the_selection_s_news_in_a_draft_and_is_a_correction_where_an_edition_published_it() {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(campaignEvent(new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", CALENDAR, List.of(ia()), "e")));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());
        PendingEvent published = SelectionMother.pending(SelectionMother.selection(campaignId, "ia-et-ecriture", List.of("10", "25"), List.of("20")));
        publisher.publish(published);
        EditionLineId themeLine = EditionLineId.forTheme(campaignId, "ia-et-ecriture");
        awaitItem(themeLine, published.id());
        awaitItem(EditionLineId.forDiscipline("Lettres"), published.id());
        editing.publish(themeLine, ExpectedVersion.any(), "editor-1");

        PendingEvent lyonOut = SelectionMother.pending(SelectionMother.amended(campaignId, "ia-et-ecriture", 1, "10",
                SelectionDecision.NOT_RETAINED, List.of("25"), List.of("10", "20")));
        publisher.publish(lyonOut);
        publisher.publish(lyonOut); // redelivered: same ce_id

        EditionLine corrected = awaitItem(themeLine, lyonOut.id());
        NewsItem correction = corrected.draft().item(lyonOut.id()).orElseThrow();
        assertThat(correction.kind()).isEqualTo(NewsKind.SELECTION_AMENDED);
        assertThat(correction.title()).isEqualTo("Correction : sélection nationale du thème « IA et écriture »");
        assertThat(correction.summary()).startsWith("L'académie de Lyon n'est plus retenue").endsWith("Académies retenues : Versailles (1 sur 6 places).");
        assertThat(corrected.edition(1).orElseThrow().readingOrder()).extracting(NewsItem::id).containsExactly(published.id());
        for (String discipline : List.of("Lettres", "Philosophie")) {
            EditionLine line = await().atMost(PATIENCE).until(() -> lines.find(EditionLineId.forDiscipline(discipline)).orElseThrow(),
                    l -> l.gathered().contains(lyonOut.id()));
            assertThat(line.draft().item(lyonOut.id())).as("rewritten in place, not added").isEmpty();
            NewsItem rewritten = line.draft().item(published.id()).orElseThrow();
            assertThat(rewritten.title()).isEqualTo("Sélection nationale (corrigée) : 1 académie retenue pour le thème « IA et écriture »");
            assertThat(rewritten.summary()).doesNotContain("Lyon,").contains("Versailles");
        }
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> lines.find(themeLine).orElseThrow().draft().items().size() == 1);
    }

    @Test
    void an_event_some_features_applied_before_a_crash_is_applied_by_the_others_and_by_none_twice() {
        String campaignId = "campaign-" + UUID.randomUUID();
        publisher.publish(campaignEvent(new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", CALENDAR, List.of(ia()), "e")));
        await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());
        PendingEvent published = SelectionMother.pending(SelectionMother.selection(campaignId, "ia-et-ecriture", List.of("10"), List.of()));
        // The service died after the newsletter had gathered the event, before the other features saw it.
        news.gather(inbound(published));

        publisher.publish(published);

        await().atMost(PATIENCE).until(() -> queue.find(SocialPostDraft.idFor(published.id())).isPresent());
        await().atMost(PATIENCE).until(() -> entries.latest("10", 200).stream().anyMatch(e -> e.eventId().equals(published.id())));
        assertThat(lines.find(EditionLineId.forTheme(campaignId, "ia-et-ecriture")).orElseThrow().draft().items())
                .extracting(NewsItem::id).containsExactly(published.id());
        assertThat(entries.latest("10", 200)).filteredOn(e -> e.eventId().equals(published.id())).hasSize(1);
    }

    @Test
    void a_selection_of_a_campaign_never_created_is_dead_lettered_with_its_reason_after_the_other_features_acted() {
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent orphan = SelectionMother.pending(SelectionMother.selection(campaignId, "ia-et-ecriture", List.of("10"), List.of()));
        try (KafkaTopicProbe deadLetters = new KafkaTopicProbe("error." + Topics.CANDIDATURES + ".dissemination")) {
            publisher.publish(orphan);

            var dead = deadLetters.awaitRecords(r -> orphan.id().equals(KafkaTopicProbe.header(r, "ce_id")), 1, PATIENCE).get(0);
            assertThat(KafkaTopicProbe.header(dead, "x-exception-message")).contains("whose creation was never received here");
        }
        assertThat(queue.find(SocialPostDraft.idFor(orphan.id()))).as("the social draft did not wait for the newsletter").isPresent();
        assertThat(entries.latest("10", 200)).filteredOn(e -> e.eventId().equals(orphan.id())).hasSize(1);
        assertThat(lines.find(EditionLineId.forTheme(campaignId, "ia-et-ecriture"))).as("no news without the theme").isEmpty();
    }

    @Test
    void a_production_the_editor_removed_does_not_come_back_when_its_event_is_redelivered() {
        String campaignId = "campaign-" + UUID.randomUUID();
        PendingEvent removed = pending(scenario(campaignId, "ia", "IA et écriture", "Retirée par la rédaction", List.of("Lettres")));
        publisher.publish(removed);
        EditionLineId line = EditionLineId.forTheme(campaignId, "ia");
        awaitItem(line, removed.id());
        editing.remove(line, ExpectedVersion.any(), removed.id());

        publisher.publish(removed);
        PendingEvent marker = pending(scenario(campaignId, "ia", "IA et écriture", "Un marqueur", List.of("Lettres")));
        publisher.publish(marker);

        EditionLine after = awaitItem(line, marker.id());
        assertThat(after.draft().items()).extracting(NewsItem::id).containsExactly(marker.id());
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_the_next_production_is_still_news() throws Exception {
        String campaignId = "campaign-" + UUID.randomUUID();
        String key = "production-poison-" + UUID.randomUUID();
        kafka.send(new ProducerRecord<>(Topics.PRODUCTIONS, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
        PendingEvent next = pending(scenario(campaignId, "ia", "IA et écriture", "Après le poison", List.of("Lettres")));
        publisher.publish(next);

        awaitItem(EditionLineId.forTheme(campaignId, "ia"), next.id());
        try (KafkaTopicProbe deadLetters = new KafkaTopicProbe("error." + Topics.PRODUCTIONS + ".dissemination")) {
            var dead = deadLetters.awaitRecords(r -> key.equals(r.key()), 1, PATIENCE).get(0);
            assertThat(KafkaTopicProbe.value(dead)).isEqualTo("{not a cloud event");
            assertThat(KafkaTopicProbe.header(dead, "x-exception-message")).contains("no ce_type header");
            assertThat(KafkaTopicProbe.header(dead, "x-original-topic")).isEqualTo(Topics.PRODUCTIONS);
        }
    }

    private EditionLine awaitItem(EditionLineId line, String itemId) {
        return await().atMost(PATIENCE).until(() -> lines.find(line),
                l -> l.isPresent() && l.get().draft().item(itemId).isPresent()).orElseThrow();
    }

    /** The event as the consumer would have read it from its record. */
    private static InboundEvent<TraamEvent> inbound(PendingEvent pending) {
        TraamEvent data = EventJson.read(pending.data().getBytes(StandardCharsets.UTF_8),
                EventCatalogue.byType(pending.type()).orElseThrow().javaType());
        return new InboundEvent<>(pending.id(), pending.type(), pending.source(), pending.key(), pending.time(), data);
    }

    private static PendingEvent campaignEvent(TraamEvent event) {
        return PendingEvent.of(event, CAMPAIGNS_SOURCE, Instant.now());
    }

    private static ThemeDetails ia() {
        return new ThemeDetails("ia-et-ecriture", "IA et écriture", "", ThemeKind.INTERDISCIPLINARY, List.of("Lettres", "Philosophie"),
                List.of(new DneExpert("expert-lettres", "Claire Martin"), new DneExpert("expert-philo", "Jean Dupont")), 6,
                ThemeCycle.FIRST_YEAR, null);
    }

    private static ThemeDetails maths() {
        return new ThemeDetails("donnees-en-mathematiques", "Données en mathématiques", "", ThemeKind.DISCIPLINARY,
                List.of("Mathématiques"), List.of(new DneExpert("expert-maths", "Awa Traoré")), 6, ThemeCycle.FIRST_YEAR, null);
    }
}

package fr.education.traam.kit.deadletter;

import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.kit.inbox.InboundEvents;
import fr.education.traam.kit.inbox.MalformedEventException;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dead letters on the real broker, through the service's own HTTP API: a record whose campaign is not known yet is
 * dead-lettered after its retries and listed with its facts; once the campaign is known, a replay applies it once, a
 * second replay changes nothing, a replay of all since a time hands over only the later ones not yet applied, and a
 * replay that fails again is reported and stays listed.
 */
@SpringBootTest(classes = DeadLetterReplayTest.FollowingThemes.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=dead-letter-test")
@TraamInfrastructure(database = "traam-dead-letter-test")
class DeadLetterReplayTest {

    static final String THEMES = "kit-test.themes";
    static final String PHASES = "kit-test.phases";
    static final String THEMES_DEAD_LETTERS = "error.kit-test.themes.dead-letter-test";
    static final String PHASES_DEAD_LETTERS = "error.kit-test.phases.dead-letter-test";
    static final String PATH = "/api/dead-letter-test/dead-letters";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static KafkaProducer<String, byte[]> producer;

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void a_theme_of_an_unknown_campaign_is_dead_lettered_then_applied_once_by_its_replay_and_a_second_replay_changes_nothing() throws Exception {
        String campaign = "campaign-" + UUID.randomUUID();
        Instant before = Instant.now();
        Published theme = publish(THEMES, themeAdded(campaign));

        JsonNode dead = awaitDeadLetter(theme.eventId());
        assertThat(dead.get("id").get("topic").asString()).isEqualTo(THEMES_DEAD_LETTERS);
        assertThat(dead.get("binding").asString()).isEqualTo("themeEvents-in-0");
        assertThat(dead.get("group").asString()).isEqualTo("dead-letter-test");
        assertThat(dead.get("original").get("topic").asString()).isEqualTo(THEMES);
        assertThat(dead.get("original").get("partition").asInt()).isEqualTo(theme.metadata().partition());
        assertThat(dead.get("original").get("offset").asLong()).isEqualTo(theme.metadata().offset());
        assertThat(Instant.parse(dead.get("original").get("publishedAt").asString())).isEqualTo(Instant.ofEpochMilli(theme.metadata().timestamp()));
        assertThat(dead.get("key").asString()).isEqualTo(campaign);
        assertThat(dead.get("eventType").asString()).isEqualTo("fr.education.traam.campaigns.theme-added.v1");
        assertThat(dead.get("reason").asString()).isEqualTo("campaign " + campaign + " is not known yet");
        assertThat(dead.get("exception").asString()).isEqualTo(CampaignNotYetKnown.class.getName());
        assertThat(Instant.parse(dead.get("deadLetteredAt").asString())).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(dead.get("status").asString()).isEqualTo("NOT_REPLAYED");
        assertThat(dead.get("replays").isEmpty()).isTrue();
        // max-attempts 2; Spring Cloud Stream 5.0.1 reads it as the number of retries, so 3 attempts.
        int attempts = ledger(campaign).getInteger("deliveries");
        assertThat(attempts).as("retried before it was dead-lettered").isGreaterThanOrEqualTo(2);
        assertThat(ledger(campaign).getInteger("effects", 0)).isZero();

        campaignBecomesKnown(campaign);
        JsonNode first = replay(dead.get("id"));
        assertThat(first.get("records")).singleElement().satisfies(record -> {
            assertThat(record.get("eventId").asString()).isEqualTo(theme.eventId());
            assertThat(record.get("outcome").asString()).isEqualTo("APPLIED");
        });
        assertThat(ledger(campaign).getInteger("deliveries")).isEqualTo(attempts + 1);
        assertThat(ledger(campaign).getInteger("effects")).isEqualTo(1);

        JsonNode second = replay(dead.get("id"));
        assertThat(second.get("applied").asInt()).isEqualTo(1);
        assertThat(ledger(campaign).getInteger("deliveries")).as("handed over again").isEqualTo(attempts + 2);
        assertThat(ledger(campaign).getInteger("effects")).as("and applied once all the same").isEqualTo(1);

        assertThat(ledger(campaign).getInteger("authenticated", 0)).as("the consumer never runs as the operator").isZero();
        assertThat(recordsOf(THEMES, theme.eventId())).as("nothing republished: no other group sees the replays").isEqualTo(1);
        assertThat(recordsOf(THEMES_DEAD_LETTERS, theme.eventId())).as("nor is it dead-lettered again").isEqualTo(1);
        JsonNode listed = deadLetter(theme.eventId());
        assertThat(listed.get("status").asString()).isEqualTo("APPLIED");
        assertThat(listed.get("replays").valueStream().map(r -> r.get("outcome").asString() + " by " + r.get("by").asString()))
                .containsExactly("APPLIED by test-operator", "APPLIED by test-operator");
    }

    @Test
    void a_replay_of_all_since_a_time_hands_over_the_later_dead_letters_not_yet_applied_of_one_topic_or_all() throws Exception {
        String early = "campaign-" + UUID.randomUUID();
        String themed = "campaign-" + UUID.randomUUID();
        String phased = "campaign-" + UUID.randomUUID();
        Published before = publish(THEMES, themeAdded(early));
        Instant since = Instant.parse(awaitDeadLetter(before.eventId()).get("deadLetteredAt").asString()).plusMillis(1);
        Published theme = publish(THEMES, themeAdded(themed));
        Published phase = publish(PHASES, phaseAdvanced(phased));
        awaitDeadLetter(theme.eventId());
        awaitDeadLetter(phase.eventId());
        List.of(early, themed, phased).forEach(this::campaignBecomesKnown);

        JsonNode newest = JSON.readTree(list("?since=" + encode(since) + "&limit=1").body());
        assertThat(newest).singleElement().satisfies(letter -> assertThat(letter.get("eventId").asString()).isEqualTo(
                Instant.parse(deadLetter(theme.eventId()).get("deadLetteredAt").asString())
                        .isAfter(Instant.parse(deadLetter(phase.eventId()).get("deadLetteredAt").asString()))
                        ? theme.eventId() : phase.eventId()));

        JsonNode themesOnly = replayAll("{\"since\": \"" + since + "\", \"topic\": \"" + THEMES + "\"}");
        assertThat(themesOnly.get("records").valueStream().map(r -> r.get("eventId").asString())).containsExactly(theme.eventId());
        JsonNode all = replayAll("{\"since\": \"" + since + "\"}");
        assertThat(all.get("records").valueStream().map(r -> r.get("eventId").asString() + " " + r.get("outcome").asString()))
                .as("the theme is applied already: only the phase is left").containsExactly(phase.eventId() + " APPLIED");
        assertThat(all.get("remaining").asInt()).isZero();

        assertThat(ledger(themed).getInteger("effects")).isEqualTo(1);
        assertThat(ledger(phased).getInteger("effects")).isEqualTo(1);
        assertThat(ledger(early).getInteger("effects", 0)).as("dead-lettered before the time").isZero();
        assertThat(deadLetter(before.eventId()).get("status").asString()).isEqualTo("NOT_REPLAYED");
    }

    @Test
    void a_replay_that_fails_again_is_reported_and_the_dead_letter_stays_listed_with_its_new_failure() throws Exception {
        String campaign = "campaign-" + UUID.randomUUID();
        Published phase = publish(PHASES, phaseAdvanced(campaign));
        JsonNode dead = awaitDeadLetter(phase.eventId());
        assertThat(dead.get("id").get("topic").asString()).isEqualTo(PHASES_DEAD_LETTERS);

        JsonNode report = replay(dead.get("id"));
        assertThat(report.get("failed").asInt()).isEqualTo(1);
        assertThat(report.get("records")).singleElement().satisfies(record -> {
            assertThat(record.get("outcome").asString()).isEqualTo("FAILED");
            assertThat(record.get("reason").asString()).isEqualTo("campaign " + campaign + " is not known yet");
            assertThat(record.get("exception").asString()).isEqualTo(CampaignNotYetKnown.class.getName());
        });

        JsonNode listed = deadLetter(phase.eventId());
        assertThat(listed.get("status").asString()).isEqualTo("FAILED_AGAIN");
        assertThat(listed.get("replays")).singleElement().satisfies(replay -> {
            assertThat(replay.get("outcome").asString()).isEqualTo("FAILED");
            assertThat(replay.get("reason").asString()).isEqualTo("campaign " + campaign + " is not known yet");
        });
        assertThat(ledger(campaign).getInteger("effects", 0)).isZero();
    }

    @Test
    void a_record_that_is_no_cloud_event_is_listed_without_an_event_id_and_its_replay_fails_again_for_the_same_reason() throws Exception {
        String key = "not-a-cloud-event-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(THEMES, key, "not even json".getBytes(StandardCharsets.UTF_8))).get();

        await().atMost(PATIENCE).until(() -> byKey(key) != null);
        JsonNode dead = byKey(key);
        assertThat(dead.get("eventId").isNull()).isTrue();
        assertThat(dead.get("reason").asString()).startsWith("record has no ce_type header");
        assertThat(dead.get("exception").asString()).isEqualTo(MalformedEventException.class.getName());

        JsonNode report = replay(dead.get("id"));
        assertThat(report.get("records")).singleElement().satisfies(record -> {
            assertThat(record.get("outcome").asString()).isEqualTo("FAILED");
            assertThat(record.get("reason").asString()).contains("no ce_type header");
            assertThat(record.get("exception").asString()).isEqualTo(MalformedEventException.class.getName());
        });
        assertThat(byKey(key).get("status").asString()).isEqualTo("FAILED_AGAIN");
    }

    // --- The application under test and its fixtures

    /**
     * A service that follows two topics with one consumer group, and applies a campaign's event only once it knows the
     * campaign (say, from another topic): until then its consumer throws. Its effect is counted once per event id.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class FollowingThemes {

        static final String KNOWN_CAMPAIGNS = "knownCampaigns";
        static final String APPLIED_EVENTS = "appliedEvents";
        static final String LEDGER = "campaignLedger";

        @Bean
        Consumer<Message<byte[]>> themeEvents(MongoTemplate mongo) {
            return message -> InboundEvents.read(message).ifPresent(event -> apply(mongo, event));
        }

        @Bean
        Consumer<Message<byte[]>> phaseEvents(MongoTemplate mongo) {
            return message -> InboundEvents.read(message).ifPresent(event -> apply(mongo, event));
        }

        private static void apply(MongoTemplate mongo, InboundEvent<?> event) {
            String campaign = event.subject();
            count(mongo, campaign, "deliveries");
            if (SecurityContextHolder.getContext().getAuthentication() != null) {
                count(mongo, campaign, "authenticated");
            }
            if (mongo.findById(campaign, Document.class, KNOWN_CAMPAIGNS) == null) {
                throw new CampaignNotYetKnown(campaign);
            }
            boolean first = mongo.upsert(Query.query(Criteria.where("_id").is(event.id())), new Update().setOnInsert("campaign", campaign),
                    APPLIED_EVENTS).getUpsertedId() != null;
            if (first) {
                count(mongo, campaign, "effects");
            }
        }

        private static void count(MongoTemplate mongo, String campaign, String counter) {
            mongo.findAndModify(Query.query(Criteria.where("_id").is(campaign)), new Update().inc(counter, 1),
                    FindAndModifyOptions.options().upsert(true), Document.class, LEDGER);
        }
    }

    static class CampaignNotYetKnown extends RuntimeException {

        CampaignNotYetKnown(String campaign) {
            super("campaign " + campaign + " is not known yet");
        }
    }

    record Published(String eventId, RecordMetadata metadata) {
    }

    private Published publish(String topic, TraamEvent event) throws Exception {
        PendingEvent pending = PendingEvent.of(event, "/tests", Instant.now());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, pending.time().toEpochMilli(), pending.key(),
                pending.data().getBytes(StandardCharsets.UTF_8));
        Map.of(CloudEventHeaders.ID, pending.id(), CloudEventHeaders.SOURCE, pending.source(), CloudEventHeaders.TYPE, pending.type(),
                        CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0, CloudEventHeaders.SUBJECT, pending.key(),
                        CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(pending.time()),
                        CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new Published(pending.id(), producer.send(record).get());
    }

    /** How many records of the topic, from its beginning to its end now, carry that event id. */
    private static long recordsOf(String topic, String eventId) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long count = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Header id = record.headers().lastHeader(CloudEventHeaders.ID);
                    if (record.offset() < end.get(new TopicPartition(topic, record.partition())) && id != null
                            && eventId.equals(new String(id.value(), StandardCharsets.UTF_8))) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    private void campaignBecomesKnown(String campaign) {
        mongo.save(new Document("_id", campaign), FollowingThemes.KNOWN_CAMPAIGNS);
    }

    private Document ledger(String campaign) {
        Document ledger = mongo.findById(campaign, Document.class, FollowingThemes.LEDGER);
        return ledger == null ? new Document() : ledger;
    }

    private JsonNode awaitDeadLetter(String eventId) {
        await().atMost(PATIENCE).until(() -> deadLetter(eventId) != null);
        return deadLetter(eventId);
    }

    /** The dead letter of that event, as the list shows it, or null. */
    private JsonNode deadLetter(String eventId) {
        HttpResponse<String> response = list("?limit=1000");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().filter(letter -> eventId.equals(letter.get("eventId").asString()))
                .findFirst().orElse(null);
    }

    private JsonNode byKey(String key) {
        return JSON.readTree(list("?limit=1000").body()).valueStream().filter(letter -> key.equals(letter.get("key").asString()))
                .findFirst().orElse(null);
    }

    private HttpResponse<String> list(String query) {
        return new ApiClient(port).get(PATH + query, operator());
    }

    private JsonNode replay(JsonNode id) {
        return replayAll("{\"deadLetter\": " + id + "}");
    }

    private JsonNode replayAll(String body) {
        HttpResponse<String> response = new ApiClient(port).send("POST", PATH + "/replay", operator(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static String operator() {
        return TestInfrastructure.tokens().bearer("OPERATOR");
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private static ThemeAdded themeAdded(String campaign) {
        return new ThemeAdded(campaign, new ThemeDetails("donnees-en-mathematiques", "Données en mathématiques", "",
                ThemeKind.DISCIPLINARY, List.of("Mathématiques"), List.of(new DneExpert("expert-maths", "Awa Traoré")), 6,
                ThemeCycle.FIRST_YEAR, null), "expert-maths");
    }

    private static CampaignPhaseAdvanced phaseAdvanced(String campaign) {
        return new CampaignPhaseAdvanced(campaign, "2027-2028", "TraAM 2027-2028", CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN,
                LocalDate.of(2027, 3, 15), AdvanceTrigger.CALENDAR, null);
    }
}

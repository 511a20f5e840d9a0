package fr.education.traam.kit;

import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.EventJson;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.kit.outbox.AggregateWrites;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.OutboxCollections;
import fr.education.traam.kit.outbox.OutboxProperties;
import fr.education.traam.kit.outbox.OutboxRelay;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox, its relay, a consumer idempotent by construction and the dead-letter topic, on a real broker and a real
 * MongoDB server.
 */
@SpringBootTest
@TraamInfrastructure
class OutboxAndConsumersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateWrites writes;
    @Autowired
    EventPublisher publisher;
    @Autowired
    OutboxProperties properties;
    @Autowired
    OutboxCollections collections;
    @Autowired
    Clock clock;

    @Test
    void a_change_and_its_event_are_one_write_and_the_relay_publishes_it_as_a_cloud_event() throws Exception {
        String id = "aggregate-" + UUID.randomUUID();

        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CAMPAIGNS)) {
            writes.insert(new LedgerAggregate(id, 0, "opened", "first"), List.of(advanced(id)));

            ConsumerRecord<String, byte[]> record = topic.awaitRecords(r -> id.equals(r.key()), 1, PATIENCE).get(0);
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("fr.education.traam.campaigns.campaign-phase-advanced.v1");
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/traam/kit-test");
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.TIME)).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(EventJson.read(record.value(), CampaignPhaseAdvanced.class)).isEqualTo(advanced(id));
        }
        await().atMost(PATIENCE).until(() -> outboxOf(id).isEmpty());
        assertThat(mongo.findById(id, LedgerAggregate.class)).isEqualTo(new LedgerAggregate(id, 0, "opened", "first"));
    }

    @Test
    void an_update_keeps_events_in_order_and_refuses_a_stale_version() throws Exception {
        String id = "aggregate-" + UUID.randomUUID();
        writes.insert(new LedgerAggregate(id, 0, "draft", "will go"), List.of(advanced(id, CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN)));
        writes.update(new LedgerAggregate(id, 0, "selecting", null), 0,
                List.of(advanced(id, CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION),
                        advanced(id, CampaignPhase.NATIONAL_SELECTION, CampaignPhase.LAUNCH_PREPARATION)));

        assertThatThrownBy(() -> writes.update(new LedgerAggregate(id, 0, "late", null), 0, List.of()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(mongo.findById(id, LedgerAggregate.class)).as("null fields are removed, the version moves on")
                .isEqualTo(new LedgerAggregate(id, 1, "selecting", null));
        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CAMPAIGNS)) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(r -> id.equals(r.key()), 3, PATIENCE);
            assertThat(records).map(r -> EventJson.read(r.value(), CampaignPhaseAdvanced.class).to())
                    .containsExactly(CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION, CampaignPhase.LAUNCH_PREPARATION);
        }
    }

    @Test
    void a_relay_that_dies_after_publishing_but_before_clearing_republishes_and_the_consumer_applies_once() throws Exception {
        String id = "aggregate-" + UUID.randomUUID();
        OutboxRelay asleep = new OutboxRelay(mongo, publisher, collections, properties); // never started: wake() is a no-op
        new AggregateWrites(mongo, asleep, collections, properties, clock).insert(new LedgerAggregate(id, 0, "opened", null), List.of(advanced(id)));
        EventPublisher diesAfterSending = event -> {
            publisher.publish(event);
            throw new IllegalStateException("relay process killed after the broker acknowledged");
        };

        new OutboxRelay(mongo, diesAfterSending, collections, properties).drain("ledger_aggregates", id);
        assertThat(outboxOf(id)).as("the dead relay did not clear the event").hasSize(1);
        int republished = new OutboxRelay(mongo, publisher, collections, properties).sweep();

        assertThat(republished).isGreaterThanOrEqualTo(1);
        assertThat(outboxOf(id)).isEmpty();
        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CAMPAIGNS)) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(r -> id.equals(r.key()), 2, PATIENCE);
            assertThat(records).map(r -> KafkaTopicProbe.header(r, CloudEventHeaders.ID)).as("the same event twice").containsOnly(
                    KafkaTopicProbe.header(records.get(0), CloudEventHeaders.ID));
        }
        await().atMost(PATIENCE).until(() -> ledger(id).getInteger("deliveries", 0) == 2);
        assertThat(ledger(id).getInteger("effects")).isEqualTo(1);
    }

    @Test
    void the_sweep_recovers_the_events_of_a_collection_no_configuration_names() throws Exception {
        String id = "note-" + UUID.randomUUID();
        OutboxRelay asleep = new OutboxRelay(mongo, publisher, collections, properties);
        // A service restarted after a crash: a fresh registry, relay and writer, as a new process would have them.
        new AggregateWrites(mongo, asleep, new OutboxCollections(mongo), properties, clock)
                .insert(new LedgerNote(id, 0, "left behind by a crash"), List.of(advanced(id)));

        int recovered = new OutboxRelay(mongo, publisher, new OutboxCollections(mongo), properties).sweep();

        assertThat(recovered).isGreaterThanOrEqualTo(1);
        assertThat(collections.all()).contains("ledger_notes");
        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CAMPAIGNS)) {
            assertThat(topic.awaitRecords(r -> id.equals(r.key()), 1, PATIENCE)).hasSize(1);
        }
        Document note = mongo.getCollection("ledger_notes").find(new Document("_id", id)).first();
        assertThat(note.getList(AggregateWrites.OUTBOX, Document.class, List.of())).isEmpty();
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_with_its_reason_and_the_next_good_one_is_applied() throws Exception {
        String poisoned = "poisoned-" + UUID.randomUUID();
        String good = "good-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = rawProducer();
             KafkaTopicProbe deadLetters = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), "error.traam.campaigns.kit-test")) {
            ProducerRecord<String, byte[]> breaksSchema = new ProducerRecord<>(Topics.CAMPAIGNS, poisoned,
                    "{\"campaignId\":42}".getBytes(StandardCharsets.UTF_8));
            cloudEventHeaders(breaksSchema, "fr.education.traam.campaigns.campaign-phase-advanced.v1", poisoned);
            ProducerRecord<String, byte[]> noHeaders = new ProducerRecord<>(Topics.CAMPAIGNS, poisoned,
                    "not even json".getBytes(StandardCharsets.UTF_8));
            producer.send(breaksSchema).get();
            producer.send(noHeaders).get();
            writes.insert(new LedgerAggregate(good, 0, "opened", null), List.of(advanced(good)));

            List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitRecords(r -> poisoned.equals(r.key()), 2, PATIENCE);
            assertThat(dead).map(r -> KafkaTopicProbe.header(r, "x-exception-message") + " <- " + new String(r.value(), StandardCharsets.UTF_8))
                    .anySatisfy(reason -> assertThat(reason).contains("breaks its schema").endsWith("{\"campaignId\":42}"))
                    .anySatisfy(reason -> assertThat(reason).contains("no ce_type header").endsWith("not even json"));
        }
        await().atMost(PATIENCE).until(() -> ledger(good).getInteger("effects", 0) == 1);
        assertThat(mongo.findById(poisoned, Document.class, KitTestApplication.LEDGER)).as("nothing applied from poison").isNull();
    }

    private Document ledger(String id) {
        Document ledger = mongo.findById(id, Document.class, KitTestApplication.LEDGER);
        return ledger == null ? new Document() : ledger;
    }

    private List<Document> outboxOf(String id) {
        Document document = mongo.getCollection("ledger_aggregates").find(new Document("_id", id)).first();
        return document == null ? List.of() : document.getList(AggregateWrites.OUTBOX, Document.class, List.of());
    }

    private static CampaignPhaseAdvanced advanced(String id) {
        return advanced(id, CampaignPhase.DRAFT, CampaignPhase.CALL_OPEN);
    }

    private static CampaignPhaseAdvanced advanced(String id, CampaignPhase from, CampaignPhase to) {
        return new CampaignPhaseAdvanced(id, "2027-2028", "TraAM 2027-2028", from, to, LocalDate.of(2027, 3, 15),
                AdvanceTrigger.CALENDAR, null);
    }

    private static void cloudEventHeaders(ProducerRecord<String, byte[]> record, String type, String subject) {
        Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.SOURCE, "/tests",
                        CloudEventHeaders.TYPE, type, CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.SUBJECT, subject)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }
}

package fr.education.traam.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KraftBrokerTest {

    private static KraftBroker sharedBroker;

    @BeforeAll
    static void startSharedBroker() {
        sharedBroker = KraftBroker.start(new KraftBroker.Settings("localhost", 0, null, 3));
    }

    @AfterAll
    static void stopSharedBroker() {
        sharedBroker.close();
    }

    @Test
    void a_record_produced_is_consumed_from_an_auto_created_topic() throws Exception {
        String topic = "round-trip-" + UUID.randomUUID();

        send(sharedBroker.bootstrapServers(), topic, "campaign-2026", "CampaignOpened");

        assertThat(readAll(sharedBroker.bootstrapServers(), topic, 1))
                .extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly(tuple("campaign-2026", "CampaignOpened"));
    }

    @Test
    void bootstrap_servers_name_the_requested_host() {
        assertThat(sharedBroker.bootstrapServers()).matches("localhost:\\d+");
    }

    @Test
    void a_persistent_broker_restarted_on_the_same_directory_keeps_its_records(@TempDir Path data) throws Exception {
        KraftBroker.Settings settings = new KraftBroker.Settings("localhost", 0, data, 1);
        try (KraftBroker first = KraftBroker.start(settings)) {
            send(first.bootstrapServers(), "traam.campaigns", "campaign-2026", "CampaignOpened");
        }

        try (KraftBroker second = KraftBroker.start(settings)) {
            assertThat(readAll(second.bootstrapServers(), "traam.campaigns", 1))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("CampaignOpened");
        }
        assertThat(data).isDirectoryContaining(path -> path.getFileName().toString().equals("cluster.id"));
    }

    private static void send(String bootstrapServers, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(30);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (records.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}

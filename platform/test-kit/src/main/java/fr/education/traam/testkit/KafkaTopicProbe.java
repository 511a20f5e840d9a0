package fr.education.traam.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from the beginning, in a consumer group of its own, so a test can assert on what was
 * published without disturbing the application's consumers. Not thread-safe: one probe per test.
 */
public final class KafkaTopicProbe implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int VALUE_PREVIEW = 200;

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    /** A probe on {@code topic} of the shared test broker. */
    public KafkaTopicProbe(String topic) {
        this(TestInfrastructure.bootstrapServers(), topic);
    }

    /** A probe on {@code topic} of the broker at {@code bootstrapServers}. */
    public KafkaTopicProbe(String bootstrapServers, String topic) {
        this.topic = Objects.requireNonNull(topic, "topic");
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "traam-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // The probe watches; creating the topic is the producer's business.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                // Notice quickly a topic that appears after the probe subscribed.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(config);
        this.consumer.subscribe(List.of(topic));
    }

    /**
     * Polls until {@code count} records read so far match {@code filter}, and returns the first {@code count} of them
     * in the order read. Records read by earlier calls count too.
     *
     * @throws AssertionError listing every record seen when the timeout passes first
     */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(
            Predicate<ConsumerRecord<String, byte[]>> filter, int count, Duration timeout) {
        Objects.requireNonNull(filter, "filter");
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<ConsumerRecord<String, byte[]>> matching = seen.stream().filter(filter).limit(count).toList();
            if (matching.size() == count) {
                return matching;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within "
                        + timeout.toMillis() + " ms, found " + matching.size() + " among " + seen.size()
                        + " seen:" + describeSeen());
            }
            consumer.poll(POLL).forEach(seen::add);
        }
    }

    /** Waits up to 30 s for {@code count} records matching {@code filter}. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(
            Predicate<ConsumerRecord<String, byte[]>> filter, int count) {
        return awaitRecords(filter, count, Duration.ofSeconds(30));
    }

    /** The last header called {@code name}, decoded as UTF-8, or {@code null} when the record has none. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The record's value decoded as UTF-8, or {@code null} for a tombstone. */
    public static String value(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }

    private String describeSeen() {
        if (seen.isEmpty()) {
            return " none";
        }
        return seen.stream().map(KafkaTopicProbe::describe).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String describe(ConsumerRecord<String, byte[]> record) {
        String headers = StreamSupport.stream(record.headers().spliterator(), false)
                .map(h -> h.key() + "=" + (h.value() == null ? "null" : new String(h.value(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining(", ", "{", "}"));
        String value = value(record);
        if (value != null && value.length() > VALUE_PREVIEW) {
            value = value.substring(0, VALUE_PREVIEW) + "…";
        }
        return "partition " + record.partition() + " offset " + record.offset() + " key=" + record.key()
                + " headers=" + headers + " value=" + value;
    }
}

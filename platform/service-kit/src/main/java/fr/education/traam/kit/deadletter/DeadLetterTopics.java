package fr.education.traam.kit.deadletter;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads dead-letter topics without joining a consumer group: partitions assigned by hand, no offset committed, no
 * topic created, so that reading them changes nothing for the groups themselves. Each read stops at the end offsets it
 * found on starting. One consumer, opened on the first read and kept, serves them one at a time (a Kafka consumer is not
 * thread-safe, and operators read rarely): one per read would log its whole configuration each time.
 */
public class DeadLetterTopics implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerConfig;
    private final Duration timeout;
    private KafkaConsumer<byte[], byte[]> consumer;

    /**
     * @param consumerConfig the service's Kafka consumer settings (brokers, security); group and deserializers are
     *                       replaced here
     * @param timeout        how long one read may take before the topics count as unavailable
     */
    public DeadLetterTopics(Map<String, Object> consumerConfig, Duration timeout) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig = Map.copyOf(config);
        this.timeout = timeout;
    }

    /**
     * The newest records of each partition of {@code topics}: at most {@code perPartition} of them, and only those
     * written at or after {@code since} when it is given. Enough to answer "the newest N" across partitions.
     */
    public synchronized List<ConsumerRecord<byte[], byte[]>> newest(Collection<String> topics, Instant since, int perPartition) {
        return read(topics, since, (from, end) -> Math.max(from, end - perPartition)).values().stream()
                .flatMap(List::stream).toList();
    }

    /** Every record of {@code topics} written at or after {@code since}, partition by partition, each in offset order. */
    public synchronized Collection<List<ConsumerRecord<byte[], byte[]>>> since(Collection<String> topics, Instant since) {
        return read(topics, since, (from, end) -> from).values();
    }

    /** The record at that place, if the topic holds it still. */
    public synchronized Optional<ConsumerRecord<byte[], byte[]>> find(DeadLetterId id) {
        TopicPartition partition = new TopicPartition(id.topic(), id.partition());
        try {
            KafkaConsumer<byte[], byte[]> reader = consumer();
            if (!partitionsOf(reader, Set.of(id.topic())).contains(partition)) {
                return Optional.empty();
            }
            long begin = reader.beginningOffsets(Set.of(partition), timeout).get(partition);
            long end = reader.endOffsets(Set.of(partition), timeout).get(partition);
            if (id.offset() < begin || id.offset() >= end) {
                return Optional.empty();
            }
            return read(reader, Map.of(partition, id.offset()), Map.of(partition, id.offset() + 1)).values().stream()
                    .flatMap(List::stream).filter(record -> record.offset() == id.offset()).findFirst();
        } catch (KafkaException | DeadLetterTopicsUnavailable e) {
            throw discarded(e);
        }
    }

    private interface Window {
        /** The first offset to read, given the first one written at or after {@code since} and the end offset. */
        long start(long from, long end);
    }

    private Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> read(Collection<String> topics, Instant since, Window window) {
        try {
            KafkaConsumer<byte[], byte[]> reader = consumer();
            List<TopicPartition> partitions = partitionsOf(reader, topics);
            if (partitions.isEmpty()) {
                return Map.of();
            }
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> from = new HashMap<>(reader.beginningOffsets(partitions, timeout));
            if (since != null) {
                Map<TopicPartition, Long> times = new HashMap<>();
                partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
                reader.offsetsForTimes(times, timeout).forEach((partition, found) ->
                        from.put(partition, found == null ? end.get(partition) : Math.max(from.get(partition), found.offset())));
            }
            Map<TopicPartition, Long> start = new HashMap<>();
            from.forEach((partition, offset) -> start.put(partition, window.start(offset, end.get(partition))));
            return read(reader, start, end);
        } catch (KafkaException | DeadLetterTopicsUnavailable e) {
            throw discarded(e);
        }
    }

    /** Reads each partition from {@code start} (inclusive) to {@code end} (exclusive). */
    private Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> read(KafkaConsumer<byte[], byte[]> consumer,
                                                                       Map<TopicPartition, Long> start,
                                                                       Map<TopicPartition, Long> end) {
        Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> records = new LinkedHashMap<>();
        Set<TopicPartition> pending = new HashSet<>();
        start.forEach((partition, offset) -> {
            if (offset < end.get(partition)) {
                pending.add(partition);
                records.put(partition, new ArrayList<>());
            }
        });
        if (pending.isEmpty()) {
            return records;
        }
        consumer.assign(pending);
        pending.forEach(partition -> consumer.seek(partition, start.get(partition)));
        Instant deadline = Instant.now().plus(timeout);
        while (!pending.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new DeadLetterTopicsUnavailable("could not read " + pending + " within " + timeout);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition)) {
                    records.get(partition).add(record);
                }
            }
            // The position, not the last offset seen: compaction or transaction markers may leave gaps.
            Set<TopicPartition> done = new HashSet<>();
            for (TopicPartition partition : pending) {
                if (consumer.position(partition, timeout) >= end.get(partition)) {
                    done.add(partition);
                }
            }
            consumer.pause(done);
            pending.removeAll(done);
        }
        records.values().forEach(list -> list.sort(Comparator.comparingLong(ConsumerRecord::offset)));
        return records;
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : new HashSet<>(topics)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        return partitions;
    }

    /** The consumer, with no partition assigned (nor paused) since the last read. */
    private KafkaConsumer<byte[], byte[]> consumer() {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(consumerConfig);
        }
        consumer.unsubscribe();
        return consumer;
    }

    /** A consumer that failed a read may be in any state: the next read opens a new one. */
    private RuntimeException discarded(RuntimeException e) {
        close();
        return e instanceof DeadLetterTopicsUnavailable unavailable ? unavailable : new DeadLetterTopicsUnavailable(e);
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            try {
                consumer.close(Duration.ZERO);
            } catch (KafkaException e) {
                // Closing a consumer whose broker is gone: nothing left to release.
            } finally {
                consumer = null;
            }
        }
    }

    /** The broker did not answer in time: the dead letters cannot be read just now. */
    public static class DeadLetterTopicsUnavailable extends RuntimeException {

        DeadLetterTopicsUnavailable(String message) {
            super(message);
        }

        DeadLetterTopicsUnavailable(Throwable cause) {
            super("the dead-letter topics cannot be read: " + cause.getMessage(), cause);
        }
    }
}

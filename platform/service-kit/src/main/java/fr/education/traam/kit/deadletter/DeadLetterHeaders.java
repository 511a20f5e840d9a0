package fr.education.traam.kit.deadletter;

import fr.education.traam.contract.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the Kafka binder writes on a dead letter, read back: the original record's headers untouched, plus its
 * {@code x-original-topic}, {@code x-original-partition} (a 4-byte int), {@code x-original-offset} and
 * {@code x-original-timestamp} (8-byte longs), {@code x-original-timestamp-type}, and the failure in
 * {@code x-exception-fqcn}, {@code x-exception-message} and {@code x-exception-stacktrace}.
 */
final class DeadLetterHeaders {

    /** The binder's own headers, which the consumer never saw on the original record. */
    static final Set<String> BINDER_HEADERS = Set.of(KafkaMessageChannelBinder.X_ORIGINAL_TOPIC,
            KafkaMessageChannelBinder.X_ORIGINAL_PARTITION, KafkaMessageChannelBinder.X_ORIGINAL_OFFSET,
            KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP, KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP_TYPE,
            KafkaMessageChannelBinder.X_EXCEPTION_FQCN, KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE,
            KafkaMessageChannelBinder.X_EXCEPTION_STACKTRACE);

    private static final String CAUSED_BY = "Caused by: ";

    private DeadLetterHeaders() {
    }

    /**
     * The dead letter's facts. The failure is the exception at the root of the stack trace, as for a replay: the
     * binder's own message and class are those of its wrappers ({@code error occurred in message handler […]; …}).
     */
    static DeadLetter read(ConsumerRecord<byte[], byte[]> record, FollowedBinding binding, List<Replay> replays) {
        Headers headers = record.headers();
        Failure failure = text(headers, KafkaMessageChannelBinder.X_EXCEPTION_STACKTRACE).map(DeadLetterHeaders::rootCause)
                .orElseGet(() -> new Failure(text(headers, KafkaMessageChannelBinder.X_EXCEPTION_FQCN).orElse(null),
                        text(headers, KafkaMessageChannelBinder.X_EXCEPTION_MESSAGE).orElse(null)));
        return new DeadLetter(new DeadLetterId(record.topic(), record.partition(), record.offset()), binding,
                text(headers, KafkaMessageChannelBinder.X_ORIGINAL_TOPIC).orElse(null),
                number(headers, KafkaMessageChannelBinder.X_ORIGINAL_PARTITION).map(Long::intValue).orElse(null),
                number(headers, KafkaMessageChannelBinder.X_ORIGINAL_OFFSET).orElse(null),
                number(headers, KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP).map(Instant::ofEpochMilli).orElse(null),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                text(headers, CloudEventHeaders.ID).orElse(null),
                text(headers, CloudEventHeaders.TYPE).orElse(null),
                failure.reason(), failure.exception(),
                Instant.ofEpochMilli(record.timestamp()), replays);
    }

    /**
     * The record as the consumer first received it: its topic, partition, offset and timestamp from the binder's
     * headers (the binding's topic when they are missing), its key, value and headers, without the binder's.
     */
    static ConsumerRecord<byte[], byte[]> original(ConsumerRecord<byte[], byte[]> record, FollowedBinding binding) {
        Headers headers = record.headers();
        Headers originalHeaders = new RecordHeaders();
        for (Header header : headers) {
            if (!BINDER_HEADERS.contains(header.key())) {
                originalHeaders.add(header);
            }
        }
        String topic = text(headers, KafkaMessageChannelBinder.X_ORIGINAL_TOPIC).orElse(binding.topic());
        int partition = number(headers, KafkaMessageChannelBinder.X_ORIGINAL_PARTITION).map(Long::intValue).orElse(record.partition());
        long offset = number(headers, KafkaMessageChannelBinder.X_ORIGINAL_OFFSET).orElse(record.offset());
        long timestamp = number(headers, KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP).orElse(record.timestamp());
        TimestampType timestampType = text(headers, KafkaMessageChannelBinder.X_ORIGINAL_TIMESTAMP_TYPE)
                .map(DeadLetterHeaders::timestampType).orElse(record.timestampType());
        return new ConsumerRecord<>(topic, partition, offset, timestamp, timestampType, ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE, record.key(), record.value(), originalHeaders, Optional.empty());
    }

    /**
     * The class and message of the last {@code Caused by:} of a stack trace (suppressed ones are indented), or of its
     * first line when it has no cause; the message's first line only.
     */
    static Failure rootCause(String stackTrace) {
        String[] lines = stackTrace.split("\\R");
        String root = lines[0];
        for (String line : lines) {
            if (line.startsWith(CAUSED_BY)) {
                root = line.substring(CAUSED_BY.length());
            }
        }
        int colon = root.indexOf(": ");
        return colon < 0 ? new Failure(root.strip(), null) : new Failure(root.substring(0, colon).strip(), root.substring(colon + 2));
    }

    /** Why a consumer gave up: the class of the exception and its message. */
    record Failure(String exception, String reason) {
    }

    private static TimestampType timestampType(String name) {
        for (TimestampType type : TimestampType.values()) {
            if (type.name.equals(name) || type.name().equals(name)) {
                return type;
            }
        }
        return TimestampType.NO_TIMESTAMP_TYPE;
    }

    private static Optional<String> text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** The binder writes partitions as 4 bytes and offsets and timestamps as 8, big-endian. */
    private static Optional<Long> number(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        byte[] value = header.value();
        return switch (value.length) {
            case Integer.BYTES -> Optional.of((long) ByteBuffer.wrap(value).getInt());
            case Long.BYTES -> Optional.of(ByteBuffer.wrap(value).getLong());
            default -> Optional.empty();
        };
    }
}

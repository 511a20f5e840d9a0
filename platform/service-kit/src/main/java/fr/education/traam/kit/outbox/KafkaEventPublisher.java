package fr.education.traam.kit.outbox;

import fr.education.traam.contract.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * CloudEvents binary mode on Kafka, written header by header: the attributes as raw UTF-8 headers, the
 * data as the value, the aggregate id as the key. A plain {@link KafkaTemplate} rather than a Spring Cloud
 * Stream binding, because the relay must wait for each acknowledgement before it clears an event and
 * must control the header bytes exactly (see ADR 0003).
 */
public class KafkaEventPublisher implements EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration sendTimeout;

    public KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, Duration sendTimeout) {
        this.kafka = kafka;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public void publish(PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, event.time().toEpochMilli(),
                event.key(), event.data().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.ID, event.id());
        header(record, CloudEventHeaders.SOURCE, event.source());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.time()));
        header(record, CloudEventHeaders.SUBJECT, event.key());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            kafka.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailed(event, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublicationFailed(event, e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The broker did not acknowledge an event in time; it stays in the outbox for the next attempt. */
    public static class PublicationFailed extends RuntimeException {

        PublicationFailed(PendingEvent event, Throwable cause) {
            super("could not publish " + event.type() + " " + event.id() + " to " + event.topic(), cause);
        }
    }
}

package fr.education.traam.kit.inbox;

import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventDefinition;
import fr.education.traam.contract.EventJson;
import fr.education.traam.contract.EventSchemas;
import fr.education.traam.contract.TraamEvent;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Kafka record in CloudEvents binary mode into a typed event, checking its data against the
 * published schema first, so that a bad record is refused with a reason instead of half-applied.
 */
public final class InboundEvents {

    private InboundEvents() {
    }

    /**
     * The event a message carries; empty when its type is not one this platform version knows (a newer
     * version published side by side), which a consumer skips rather than dead-letters.
     *
     * @throws MalformedEventException when the record can never be applied
     */
    public static Optional<InboundEvent<TraamEvent>> read(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String type = required(headers, CloudEventHeaders.TYPE);
        String id = required(headers, CloudEventHeaders.ID);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new MalformedEventException("unsupported CloudEvents specversion " + specVersion + " in event " + id);
        }
        Optional<EventDefinition> definition = EventCatalogue.byType(type);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        byte[] data = message.getPayload();
        List<String> violations = EventSchemas.violations(definition.get(), data);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("event " + id + " of type " + type + " breaks its schema: " + String.join("; ", violations));
        }
        TraamEvent event = EventJson.read(data, definition.get().javaType());
        return Optional.of(new InboundEvent<>(id, type, source, optional(headers, CloudEventHeaders.SUBJECT),
                time(headers, id), event));
    }

    private static Instant time(MessageHeaders headers, String id) {
        String time = optional(headers, CloudEventHeaders.TIME);
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event " + id + " has an invalid ce_time: " + time);
        }
    }

    private static String required(MessageHeaders headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("record has no " + name + " header: not a CloudEvent in binary mode (headers: "
                    + headers.keySet().stream().filter(h -> !h.startsWith("kafka_") && !h.equals("id") && !h.equals("timestamp")).sorted().toList() + ")");
        }
        return value;
    }

    /**
     * Spring Cloud Function recognises CloudEvents and may rename their Kafka headers ({@code ce_type}) to
     * its canonical prefix ({@code ce-type}) before the consumer sees them, so both spellings are read.
     */
    private static String optional(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}

package fr.education.traam.kit.outbox;

import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventDefinition;
import fr.education.traam.contract.EventJson;
import fr.education.traam.contract.TraamEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in its aggregate's document to be published: everything the CloudEvents envelope
 * needs, fixed at the time of the change so that a republication is byte-identical.
 */
public record PendingEvent(String id, String type, String source, String topic, String key, Instant time, String data) {

    static final String ID = "id";

    public static PendingEvent of(TraamEvent event, String source, Instant time) {
        EventDefinition definition = EventCatalogue.of(event);
        return new PendingEvent(UUID.randomUUID().toString(), definition.type(), source, definition.topic(),
                event.aggregateId(), time, new String(EventJson.write(event), StandardCharsets.UTF_8));
    }
}

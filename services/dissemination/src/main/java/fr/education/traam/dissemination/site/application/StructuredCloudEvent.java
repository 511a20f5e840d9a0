package fr.education.traam.dissemination.site.application;

import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.EventJson;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.kit.inbox.InboundEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;

/**
 * An event as a site receives it: the CloudEvent in structured mode (JSON), its attributes beside its data, with the
 * same id, source, type, subject and time it had on Kafka, so that a site and a Kafka consumer see one event.
 */
final class StructuredCloudEvent {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StructuredCloudEvent() {
    }

    static String of(InboundEvent<TraamEvent> event) {
        ObjectNode cloudEvent = JSON.createObjectNode();
        cloudEvent.put("specversion", CloudEventHeaders.SPEC_VERSION_1_0);
        cloudEvent.put("id", event.id());
        cloudEvent.put("source", event.source());
        cloudEvent.put("type", event.type());
        cloudEvent.put("subject", event.subject() == null ? event.data().aggregateId() : event.subject());
        if (event.time() != null) {
            cloudEvent.put("time", DateTimeFormatter.ISO_INSTANT.format(event.time()));
        }
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.set("data", JSON.readTree(EventJson.write(event.data())));
        return JSON.writeValueAsString(cloudEvent);
    }
}

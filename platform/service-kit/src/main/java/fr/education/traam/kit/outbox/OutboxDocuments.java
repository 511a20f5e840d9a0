package fr.education.traam.kit.outbox;

import org.bson.Document;

import java.util.Date;

/** The stored form of a pending event, written by hand so that it never depends on a mapping configuration. */
final class OutboxDocuments {

    private OutboxDocuments() {
    }

    static Document toDocument(PendingEvent event) {
        return new Document(PendingEvent.ID, event.id())
                .append("type", event.type())
                .append("source", event.source())
                .append("topic", event.topic())
                .append("key", event.key())
                .append("time", Date.from(event.time()))
                .append("data", event.data());
    }

    static PendingEvent fromDocument(Document document) {
        return new PendingEvent(document.getString(PendingEvent.ID), document.getString("type"),
                document.getString("source"), document.getString("topic"), document.getString("key"),
                document.getDate("time").toInstant(), document.getString("data"));
    }
}

package fr.education.traam.kit.inbox;

import fr.education.traam.contract.TraamEvent;

import java.time.Instant;

/** An event as a consumer receives it: the CloudEvents attributes and the typed data. */
public record InboundEvent<T extends TraamEvent>(String id, String type, String source, String subject, Instant time, T data) {

    /** This event with its data seen as {@code type}, when the consumer has checked it is one. */
    @SuppressWarnings("unchecked")
    public <E extends TraamEvent> InboundEvent<E> as(Class<E> type) {
        if (!type.isInstance(data)) {
            throw new IllegalArgumentException(this.type + " is not a " + type.getSimpleName());
        }
        return (InboundEvent<E>) this;
    }
}

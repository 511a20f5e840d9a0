package fr.education.traam.kit.outbox;

/** Puts one pending event on its topic and returns once the broker has acknowledged it. */
@FunctionalInterface
public interface EventPublisher {

    void publish(PendingEvent event);
}

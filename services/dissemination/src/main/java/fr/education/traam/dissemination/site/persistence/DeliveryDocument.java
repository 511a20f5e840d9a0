package fr.education.traam.dissemination.site.persistence;

import fr.education.traam.dissemination.site.Delivery;
import fr.education.traam.dissemination.site.DeliveryAttempt;
import fr.education.traam.dissemination.site.DeliveryStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The stored form of a delivery. {@code leaseUntil} is not the domain's: it keeps a claimed delivery with the
 * instance sending it (the epoch when nobody holds it), so that it is never sent twice at once, and is due again
 * when the lease ends if that instance died.
 */
@Document("deliveries")
record DeliveryDocument(@Id String id, String siteId, String eventId, String eventType, String subject, String body, String status,
                        List<AttemptDocument> attempts, int round, Instant nextAttemptAt, Instant createdAt, Instant finishedAt,
                        String lastError, int replays, Instant leaseUntil) {

    static final String LEASE_UNTIL = "leaseUntil";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

    record AttemptDocument(Instant at, Integer status, String error, long tookMillis) {
    }

    static DeliveryDocument of(Delivery delivery) {
        return new DeliveryDocument(delivery.id(), delivery.siteId(), delivery.eventId(), delivery.eventType(), delivery.subject(),
                delivery.body(),
                delivery.status().name(), delivery.attempts().stream()
                .map(a -> new AttemptDocument(a.at(), a.status(), a.error(), a.took().toMillis())).toList(),
                delivery.round(), delivery.nextAttemptAt(), delivery.createdAt(), delivery.finishedAt(), delivery.lastError(),
                delivery.replays(), Instant.EPOCH);
    }

    Delivery toDelivery() {
        return new Delivery(id, siteId, eventId, eventType, subject, body, DeliveryStatus.valueOf(status),
                attempts == null ? List.of() : attempts.stream()
                        .map(a -> new DeliveryAttempt(a.at(), a.status(), a.error(), Duration.ofMillis(a.tookMillis()))).toList(),
                round, nextAttemptAt, createdAt, finishedAt, lastError, replays);
    }
}

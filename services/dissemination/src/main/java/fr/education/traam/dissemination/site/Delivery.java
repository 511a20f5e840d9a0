package fr.education.traam.dissemination.site;

import fr.education.traam.kit.domain.EventDerivedId;
import fr.education.traam.kit.domain.Refused;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One event on its way to one site: the CloudEvent {@code body} to POST, every attempt made, and when the next one
 * is due. Its id derives from the event's id and the site's, so the same event delivered twice to this service makes
 * one delivery per site, and its {@code webhook-id} stays the same across retries and replays: a site that already
 * received it can tell.
 *
 * @param subject the CloudEvent's subject, its aggregate's id (a production's id), by which a withdrawal finds its
 *                publication's deliveries
 * @param round   the attempts made since the delivery was created or last replayed, which the schedule counts
 */
public record Delivery(
        String id,
        String siteId,
        String eventId,
        String eventType,
        String subject,
        String body,
        DeliveryStatus status,
        List<DeliveryAttempt> attempts,
        int round,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant finishedAt,
        String lastError,
        int replays) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    /** The same for every instance and every redelivery of the event: a name-based UUID of both ids. */
    public static String idFor(String eventId, String siteId) {
        return EventDerivedId.of(eventId, siteId);
    }

    public static Delivery pending(AcademicSite site, String eventId, String eventType, String subject, String body, Instant at) {
        return new Delivery(idFor(eventId, site.id()), site.id(), eventId, eventType, subject, body, DeliveryStatus.PENDING, List.of(),
                0, at, at, null, null, 0);
    }

    /** The {@code webhook-id} header: stable per (event, site). */
    public String webhookId() {
        return "msg_" + id;
    }

    /**
     * The delivery after {@code attempt}: delivered on a 2xx; dead on a {@code 410 Gone} or when the schedule is
     * exhausted; otherwise due again after the schedule's wait, or the site's longer {@code retryAfter}.
     */
    public Delivery after(DeliveryAttempt attempt, RetrySchedule schedule, Duration retryAfter, double random) {
        List<DeliveryAttempt> log = new ArrayList<>(attempts);
        log.add(attempt);
        int made = round + 1;
        if (attempt.succeeded()) {
            return new Delivery(id, siteId, eventId, eventType, subject, body, DeliveryStatus.DELIVERED, log, made, null, createdAt,
                    attempt.at(), null, replays);
        }
        String error = attempt.status() == null ? attempt.error() : "HTTP " + attempt.status();
        if (attempt.gone()) {
            return dead(log, made, attempt.at(), "the site answered 410 Gone: it is disabled");
        }
        return schedule.after(made, retryAfter, random)
                .map(wait -> new Delivery(id, siteId, eventId, eventType, subject, body, DeliveryStatus.PENDING, log, made,
                        attempt.at().plus(wait), createdAt, null, error, replays))
                .orElseGet(() -> dead(log, made, attempt.at(), error + " after " + made + " attempts"));
    }

    /** Given up without an attempt: its site was disabled meanwhile. */
    public Delivery abandoned(Instant at, String reason) {
        return dead(attempts, round, at, reason);
    }

    /** A dead delivery sent again, from the first step of the schedule, with the same {@code webhook-id}. */
    public Delivery replayed(Instant at) {
        if (status != DeliveryStatus.DEAD) {
            throw new Refused(SiteRefusal.DELIVERY_NOT_DEAD, "delivery " + id + " is " + status + ": only a dead delivery is replayed");
        }
        return new Delivery(id, siteId, eventId, eventType, subject, body, DeliveryStatus.PENDING, attempts, 0, at, createdAt, null,
                lastError, replays + 1);
    }

    private Delivery dead(List<DeliveryAttempt> log, int made, Instant at, String reason) {
        return new Delivery(id, siteId, eventId, eventType, subject, body, DeliveryStatus.DEAD, log, made, null, createdAt, at, reason, replays);
    }
}

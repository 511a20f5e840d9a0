package fr.education.traam.dissemination.site;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every delivery, stored before its first attempt so that none is lost when the service stops. */
public interface Deliveries {

    /** Stores a new delivery unless one with its id exists (the same event for the same site); returns whether it did. */
    boolean add(Delivery delivery);

    Optional<Delivery> find(String id);

    /**
     * Takes one pending delivery due at {@code now}, of a site not in {@code skippedSites}, for this instance until
     * {@code leaseUntil}: no other poll takes it meanwhile, and if this instance dies it is due again then.
     */
    Optional<Delivery> claimDue(Instant now, Instant leaseUntil, Collection<String> skippedSites);

    /**
     * Stores the delivery's new state and gives its lease up. A delivery cancelled meanwhile (while its attempt was under
     * way) stays cancelled, unless this state says the site received it, which is what happened.
     */
    void record(Delivery delivery);

    /**
     * Cancels, {@code at}, for {@code reason}, every delivery of an event of {@code eventType} about {@code subject} that
     * the site has not received: pending (due, retrying) or dead (replayable). Delivered ones stay as they were.
     *
     * @return how many this call cancelled
     */
    long cancel(String subject, String eventType, Instant at, String reason);

    /** Gives the lease up without an attempt, so that a later poll takes it again. */
    void release(String id);

    /** A site's deliveries, the newest first, of one status or all (null). */
    List<Delivery> ofSite(String siteId, DeliveryStatus status, int limit);
}

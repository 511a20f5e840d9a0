package fr.education.traam.dissemination.site;

/** Where a delivery stands: waiting for its next attempt, received by the site, or given up (replayable). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD
}

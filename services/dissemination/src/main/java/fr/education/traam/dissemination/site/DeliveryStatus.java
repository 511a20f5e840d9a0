package fr.education.traam.dissemination.site;

/**
 * Where a delivery stands: waiting for its next attempt, received by the site, given up (replayable), or cancelled
 * before the site received it because what it tells is no longer true (a withdrawn production's publication), which is
 * never attempted or replayed again.
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD,
    CANCELLED
}

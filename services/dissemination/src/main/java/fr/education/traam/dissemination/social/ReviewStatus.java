package fr.education.traam.dissemination.social;

/** Where a draft post stands in the review queue: waiting, or decided once and for all. */
public enum ReviewStatus {
    PENDING,
    /** Approved for the éduscol accounts: marked so, and nothing more; the platform posts nothing. */
    APPROVED,
    DISCARDED
}

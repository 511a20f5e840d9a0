package fr.education.traam.dissemination.newsletter;

/** What a news item reports. */
public enum NewsKind {
    CALL_OPEN,
    SELECTION_PUBLISHED,
    /** A correction of a selection whose news was already published in an edition. */
    SELECTION_AMENDED,
    PRODUCTION_PUBLISHED
}

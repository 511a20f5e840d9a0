package fr.education.traam.dissemination.newsletter;

/** What a news item reports. */
public enum NewsKind {
    CALL_OPEN,
    SELECTION_PUBLISHED,
    PRODUCTION_PUBLISHED
}

package fr.education.traam.dissemination.newsletter;

/** What a news item reports; the national selection joins when the candidatures service publishes it. */
public enum NewsKind {
    CALL_OPEN,
    PRODUCTION_PUBLISHED
}

package fr.education.traam.dissemination.social;

/** What a draft post announces. */
public enum SocialPostKind {
    SELECTION_PUBLISHED,
    PRODUCTION_PUBLISHED
}

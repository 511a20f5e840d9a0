package fr.education.traam.dissemination.social;

/** What a draft post announces. */
public enum SocialPostKind {
    SELECTION_PUBLISHED,
    /** A correction of a selection whose earlier post was reviewed already. */
    SELECTION_AMENDED,
    PRODUCTION_PUBLISHED
}

package fr.education.traam.dissemination.social;

import fr.education.traam.kit.domain.Refusal;

/** What the social drafts' review refuses. */
public enum SocialRefusal implements Refusal {
    /** No social draft has this id. */
    SOCIAL_DRAFT_NOT_FOUND,
    /** A draft is approved or discarded once, and no longer rewritten after. */
    DRAFT_ALREADY_DECIDED
}

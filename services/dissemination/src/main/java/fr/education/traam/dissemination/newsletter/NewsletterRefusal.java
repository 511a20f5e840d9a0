package fr.education.traam.dissemination.newsletter;

import fr.education.traam.kit.domain.Refusal;

/** What the ÉduNum newsletter's rules refuse. */
public enum NewsletterRefusal implements Refusal {
    EDITION_LINE_NOT_FOUND,
    EDITION_NOT_FOUND,
    NEWS_ITEM_NOT_FOUND,
    /** An edition holds at least one item. */
    EMPTY_DRAFT
}

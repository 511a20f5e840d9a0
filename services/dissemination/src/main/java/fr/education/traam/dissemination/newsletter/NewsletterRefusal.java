package fr.education.traam.dissemination.newsletter;

import fr.education.traam.kit.domain.Refusal;

/** What the ÉduNum newsletter's rules refuse. */
public enum NewsletterRefusal implements Refusal {
    /** No ÉduNum edition line has this id. */
    EDITION_LINE_NOT_FOUND,
    /** The line has no edition with this number. */
    EDITION_NOT_FOUND,
    /** The draft edition has no news item with this id. */
    NEWS_ITEM_NOT_FOUND,
    /** An edition holds at least one item. */
    EMPTY_DRAFT
}

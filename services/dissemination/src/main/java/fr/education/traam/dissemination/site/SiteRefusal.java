package fr.education.traam.dissemination.site;

import fr.education.traam.kit.domain.Refusal;

/** What the académies' websites' rules refuse. */
public enum SiteRefusal implements Refusal {
    /** No académie website is registered with this id. */
    SITE_NOT_FOUND,
    /** The site has no delivery with this id. */
    DELIVERY_NOT_FOUND,
    /** A site disabled by 410 Gone is reactivated before anything is replayed to it. */
    SITE_DISABLED,
    /** Only a dead delivery is replayed. */
    DELIVERY_NOT_DEAD,
    /** A DAN manages their own académie's site only. */
    OTHER_ACADEMY
}

package fr.education.traam.productions.production;

import fr.education.traam.kit.domain.Refusal;

/** Why the productions service refuses to read or change a production. */
public enum ProductionRefusal implements Refusal {
    /** No production has this id (or the caller may not know of it). */
    PRODUCTION_NOT_FOUND,
    /** The production was withdrawn: it is gone for good. */
    PRODUCTION_WITHDRAWN,
    /** No group this service knows of has this id. */
    GROUP_NOT_FOUND,
    /** The group closed: it writes nothing more. */
    GROUP_CLOSED,
    /** This kind of production is not written by this kind of group (a scenario by the national group, a synthesis by an académie's). */
    KIND_NOT_OF_GROUP,
    /** Only members of the production's group write it (and only the theme's DNE experts its synthesis). */
    NOT_AN_AUTHOR,
    /** Only the académie's piloting inspector reviews first, and the theme's DNE expert validates nationally. */
    NOT_THE_REVIEWER,
    /** A reviewer does not review what they submitted themselves. */
    OWN_SUBMISSION,
    /** Only the theme's DNE experts publish, and they or the académie's piloting inspector withdraw. */
    NOT_THE_PUBLISHER,
    /** The production's status does not allow this step now (e.g. revising a submitted production). */
    STATUS_FORBIDS,
    /** A submission refused: the problem lists the fields a complete production of its kind still needs. */
    SUBMISSION_INCOMPLETE,
    /** Publication refused: the problem lists every unmet check. */
    PUBLICATION_CHECKS_UNMET,
    /** No version of this production has this number. */
    VERSION_NOT_FOUND,
    /** A writing names a discipline that is not in the platform's list ({@code GET /api/campaigns/disciplines}). */
    UNKNOWN_DISCIPLINE
}

package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.Refusal;

/** What the candidatures' rules refuse. */
public enum CandidatureRefusal implements Refusal {
    /** No candidature has this id. */
    CANDIDATURE_NOT_FOUND,
    /** One live candidature per campaign, theme and académie. */
    CANDIDATURE_EXISTS,
    /** A withdrawn candidature is kept as it was; the académie may apply again. */
    CANDIDATURE_WITHDRAWN,
    /** Candidatures are submitted, revised and withdrawn while the campaign's call is open. */
    CALL_NOT_OPEN,
    /** The theme a candidature applies to left the campaign. */
    THEME_WITHDRAWN,
    /** A DAN acts for and reads their own académie only. */
    OTHER_ACADEMY,
    /** The caller's token names no known académie. */
    NO_ACADEMY,
    /** A project names a discipline that is not in the platform's list ({@code GET /api/campaigns/disciplines}). */
    UNKNOWN_DISCIPLINE
}

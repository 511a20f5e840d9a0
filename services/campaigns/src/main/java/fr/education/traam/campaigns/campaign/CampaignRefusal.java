package fr.education.traam.campaigns.campaign;

import fr.education.traam.kit.domain.Refusal;

/** What the campaigns' rules refuse. */
public enum CampaignRefusal implements Refusal {
    /** No campaign has this id. */
    CAMPAIGN_NOT_FOUND,
    /** The campaign has no theme with this id. */
    THEME_NOT_FOUND,
    /** Another theme of the campaign has this id already. */
    THEME_EXISTS,
    /** The campaign has reached its last phase: nothing moves any more. */
    CAMPAIGN_CLOSED,
    /** The campaign is in this phase already, or beyond. */
    PHASE_ALREADY_REACHED,
    /** Only the next phase may be entered. */
    INVALID_PHASE_TRANSITION,
    /** The campaign's phase forbids the change (themes are added in draft only, revised until the call closes…). */
    INVALID_PHASE,
    /** A campaign opens its call with at least one theme. */
    CAMPAIGN_WITHOUT_THEMES,
    /** One campaign per school year. */
    SCHOOL_YEAR_TAKEN,
    /** A theme names a discipline that is not in the platform's list ({@code GET /api/campaigns/disciplines}). */
    UNKNOWN_DISCIPLINE
}

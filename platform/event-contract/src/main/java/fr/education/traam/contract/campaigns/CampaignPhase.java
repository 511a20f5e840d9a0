package fr.education.traam.contract.campaigns;

/** Phases of a campaign, in order; each after the first starts at one date of the calendar. */
public enum CampaignPhase {
    DRAFT,
    CALL_OPEN,
    NATIONAL_SELECTION,
    LAUNCH_PREPARATION,
    YEAR_ONE,
    YEAR_TWO,
    CLOSED
}

package fr.education.traam.contract.campaigns;

/** A theme runs two years: a first-year call, then a second-year call open to continuations and new entries. */
public enum ThemeCycle {
    FIRST_YEAR,
    SECOND_YEAR
}

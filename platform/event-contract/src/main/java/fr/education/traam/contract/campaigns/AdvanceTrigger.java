package fr.education.traam.contract.campaigns;

/** What moved a campaign on: its calendar date passing, or a DNE expert acting ahead of it. */
public enum AdvanceTrigger {
    CALENDAR,
    EXPERT
}

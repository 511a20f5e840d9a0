package fr.education.traam.contract.groups;

/**
 * What an entry of a theme's work calendar is: a meeting of the national group (a visio, a seminar), the date the
 * scenarios, the training modules or the academic reports are due, or anything else the DNE experts schedule.
 */
public enum WorkCalendarEntryKind {
    MEETING,
    SCENARIOS_DUE,
    TRAINING_MODULES_DUE,
    ACADEMIC_REPORT_DUE,
    OTHER
}

package fr.education.traam.contract.groups;

import java.time.LocalDate;

/**
 * One date of a theme's work calendar: its kind, the day, a title, optional details and an optional https link (the
 * visio, the agenda in Tribu). Nothing in it names a person.
 */
public record WorkCalendarEntry(WorkCalendarEntryKind kind, LocalDate date, String title, String details, String link) {
}

package fr.education.traam.groups.work;

import fr.education.traam.contract.groups.WorkCalendarEntry;
import fr.education.traam.contract.groups.WorkCalendarEntryKind;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.UserText;

import java.time.LocalDate;

/** One date of a theme's work calendar: a kind, the day, a title, optional details and an optional https link. */
public record CalendarEntry(WorkCalendarEntryKind kind, LocalDate date, String title, String details, WorkLink link) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DETAILS = 2000;

    public CalendarEntry {
        if (kind == null || date == null || title == null || title.isBlank()) {
            throw Refused.invalid("entry", "an entry has a kind, a date and a title");
        }
    }

    /** The entry as asked, each value checked and refused by its name under {@code field} ({@code entries[2]}). */
    public static CalendarEntry of(String field, WorkCalendarEntryKind kind, LocalDate date, String title, String details,
                                   String link) {
        if (kind == null) {
            throw Refused.invalid(field + ".kind", "an entry is a MEETING, SCENARIOS_DUE, TRAINING_MODULES_DUE, "
                    + "ACADEMIC_REPORT_DUE or OTHER");
        }
        if (date == null) {
            throw Refused.invalid(field + ".date", "an entry has a date");
        }
        String kept = UserText.accepted(field + ".title", title, MAX_TITLE);
        if (kept == null || kept.isBlank()) {
            throw Refused.invalid(field + ".title", "an entry has a title");
        }
        String more = UserText.accepted(field + ".details", details, MAX_DETAILS);
        return new CalendarEntry(kind, date, kept.strip(), more == null || more.isBlank() ? null : more.strip(),
                link == null || link.isBlank() ? null : WorkLink.accepted(field + ".link", link));
    }

    /** As events show it. */
    public WorkCalendarEntry published() {
        return new WorkCalendarEntry(kind, date, title, details, link == null ? null : link.toString());
    }
}

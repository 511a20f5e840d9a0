package fr.education.traam.groups.work;

import fr.education.traam.groups.group.GroupId;

import java.util.Optional;

/** The themes' work calendars, by national group, wherever they are kept. */
public interface WorkCalendars {

    Optional<WorkCalendar> find(GroupId nationalGroup);

    /**
     * Stores a change and its events in one write: inserts a calendar at {@link WorkCalendar#NEW}, otherwise replaces
     * the one read at its version; fails when someone else stored it meanwhile.
     */
    WorkCalendar save(WorkCalendar.Changed change);
}

package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

import java.util.List;

/**
 * The DNE experts of a theme published its work calendar over the theme's two years, as a whole: every entry, sorted
 * by date, replaces the previous calendar. One calendar per national group, keyed by its id.
 */
public record WorkCalendarPublished(String nationalGroupId, String campaignId, String themeId, List<WorkCalendarEntry> entries)
        implements TraamEvent {

    public WorkCalendarPublished {
        entries = List.copyOf(entries);
    }

    @Override
    public String aggregateId() {
        return nationalGroupId;
    }
}

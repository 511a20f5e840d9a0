package fr.education.traam.groups.work;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.groups.WorkCalendarPublished;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.kit.domain.Refused;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The work calendar of a theme, held by its national group (one calendar per national group, by its id) and read from
 * every group of the theme: its meetings and the dates its productions are due, over the theme's two years, sorted by
 * date. The DNE experts publish it as a whole.
 */
public record WorkCalendar(GroupId nationalGroup, List<CalendarEntry> entries, Instant publishedAt, long version) {

    /** The version of a calendar not proposed yet: its ETag is {@code "-1"}. */
    public static final long NEW = -1;
    public static final int MAX_ENTRIES = 200;

    private static final Comparator<CalendarEntry> BY_DATE = Comparator.comparing(CalendarEntry::date)
            .thenComparing(CalendarEntry::kind).thenComparing(CalendarEntry::title);

    public WorkCalendar {
        entries = List.copyOf(entries);
    }

    /** A calendar's state and the events of the change that led to it. */
    public record Changed(WorkCalendar calendar, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }

    /** The calendar of a national group whose experts have proposed none yet. */
    public static WorkCalendar none(GroupId nationalGroup) {
        return new WorkCalendar(nationalGroup, List.of(), null, NEW);
    }

    /**
     * The experts publish the whole calendar, for the campaign and theme the national group works on now: every date
     * within the theme's two years ({@code years}, null when the campaign's calendar is not at hand). The same
     * calendar again changes nothing.
     */
    public Changed publish(CampaignId campaignId, ThemeId themeId, List<CalendarEntry> proposed, ThemeYears years, Instant at) {
        if (proposed.size() > MAX_ENTRIES) {
            throw Refused.invalid("entries", "a calendar has at most " + MAX_ENTRIES + " entries");
        }
        if (years != null) {
            for (int i = 0; i < proposed.size(); i++) {
                if (!years.contain(proposed.get(i).date())) {
                    throw Refused.invalid("entries[" + i + "].date", "an entry falls within the theme's two years, from "
                            + years.from() + " to " + years.to());
                }
            }
        }
        List<CalendarEntry> sorted = new ArrayList<>(proposed);
        sorted.sort(BY_DATE);
        if (sorted.equals(entries)) {
            return new Changed(this, List.of());
        }
        WorkCalendar published = new WorkCalendar(nationalGroup, sorted, at, version);
        return new Changed(published, List.of(new WorkCalendarPublished(nationalGroup.value(), campaignId.value(),
                themeId.value(), sorted.stream().map(CalendarEntry::published).toList())));
    }

    /** This calendar as stored with its new version. */
    public WorkCalendar withVersion(long newVersion) {
        return new WorkCalendar(nationalGroup, entries, publishedAt, newVersion);
    }
}

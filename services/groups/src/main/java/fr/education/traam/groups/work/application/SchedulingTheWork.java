package fr.education.traam.groups.work.application;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.Stint;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.application.ConsultingGroups;
import fr.education.traam.groups.group.application.GroupReading;
import fr.education.traam.groups.work.CalendarEntry;
import fr.education.traam.groups.work.ThemeYears;
import fr.education.traam.groups.work.WorkCalendar;
import fr.education.traam.groups.work.WorkCalendars;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.security.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * The theme's work calendar: its DNE experts (those responsible for its national group) publish it as a whole; every
 * group of the theme reads it, for whoever may see that group's members.
 */
@Service
public class SchedulingTheWork {

    private final GroupsAtWork groups;
    private final WorkCalendars calendars;
    private final Campaigns campaigns;
    private final Clock clock;

    public SchedulingTheWork(ConsultingGroups consulting, WorkCalendars calendars, Campaigns campaigns, Clock clock) {
        this.groups = new GroupsAtWork(consulting);
        this.calendars = calendars;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /**
     * The calendar of the theme {@code groupId} works on, read from any of its groups; an empty one at version -1 while
     * the experts have proposed none, or when the theme has no national group (any more).
     */
    public WorkCalendar calendar(GroupId groupId, Caller caller) {
        WorkingGroup group = groups.visible(groupId, caller).group();
        return groups.nationalGroupOf(group)
                .map(national -> calendars.find(national.id()).orElseGet(() -> WorkCalendar.none(national.id())))
                .orElseGet(() -> WorkCalendar.none(null));
    }

    public WorkCalendar publish(GroupId nationalGroupId, ExpectedVersion expected, Caller caller, List<CalendarEntry> entries) {
        GroupReading reading = groups.reading(nationalGroupId, caller);
        WorkingGroup national = GroupsAtWork.national(reading);
        GroupsAtWork.requireManaged(reading, "only the theme's DNE experts propose its work calendar");
        WorkCalendar current = calendars.find(nationalGroupId).orElseGet(() -> WorkCalendar.none(nationalGroupId));
        expected.check(current.version(), "the work calendar of group " + nationalGroupId);
        Stint now = national.current();
        WorkCalendar.Changed change = current.publish(now.campaignId(), now.themeId(), entries, yearsOf(national), clock.instant());
        return change.events().isEmpty() ? current : calendars.save(change);
    }

    /** The two years of the theme, from the campaign that formed the national group. */
    private ThemeYears yearsOf(WorkingGroup national) {
        Stint first = national.stints().get(0);
        return campaigns.find(first.campaignId()).map(campaign -> campaign.calendar())
                .filter(c -> c.nationalSelection() != null && c.closing() != null)
                .map((CampaignCalendar c) -> new ThemeYears(c.nationalSelection(), c.closing())).orElse(null);
    }
}

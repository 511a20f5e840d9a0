package fr.education.traam.groups.work.web;

import fr.education.traam.contract.groups.CollaborationSpaceKind;
import fr.education.traam.contract.groups.WorkCalendarEntryKind;
import fr.education.traam.groups.work.CalendarEntry;
import fr.education.traam.groups.work.CollaborationSpace;
import fr.education.traam.groups.work.ProgressReport;
import fr.education.traam.groups.work.ReportLink;
import fr.education.traam.groups.work.WorkCalendar;
import fr.education.traam.groups.work.Workspace;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API shows of the work of the groups. */
final class WorkViews {

    private WorkViews() {
    }

    @Schema(description = "A theme's work calendar, held by its national group, entries sorted by date. Version -1 (ETag "
            + "\"-1\") and no entries while its DNE experts have proposed none.")
    record CalendarView(String nationalGroupId, List<EntryView> entries, Instant publishedAt, long version) {

        static CalendarView of(WorkCalendar c) {
            return new CalendarView(c.nationalGroup() == null ? null : c.nationalGroup().value(),
                    c.entries().stream().map(EntryView::of).toList(), c.publishedAt(), c.version());
        }
    }

    record EntryView(WorkCalendarEntryKind kind, LocalDate date, String title, String details, String link) {

        static EntryView of(CalendarEntry e) {
            return new EntryView(e.kind(), e.date(), e.title(), e.details(), e.link() == null ? null : e.link().toString());
        }
    }

    @Schema(description = "An académie's progress reported to the national group: its author by member id (their name is "
            + "in the group's members, for those who may see them).")
    record ReportView(String id, String groupId, String academy, String authorMemberId, String campaignId, String themeId,
                      String text, List<LinkView> links, Instant reportedAt) {

        static ReportView of(ProgressReport r) {
            return new ReportView(r.id().value(), r.group().value(), r.academy(), r.author().value(), r.campaignId().value(),
                    r.themeId().value(), r.text(), r.links().stream().map(LinkView::of).toList(), r.reportedAt());
        }
    }

    record LinkView(String url, String label) {

        static LinkView of(ReportLink l) {
            return new LinkView(l.url().toString(), l.label());
        }
    }

    @Schema(description = "Where a group works: its collaboration spaces and its GTnum (null for none). Version -1 (ETag "
            + "\"-1\") while nobody has listed its spaces.")
    record WorkspaceView(String groupId, List<SpaceView> spaces, GtnumView gtnum, long version) {

        static WorkspaceView of(Workspace w) {
            return new WorkspaceView(w.group().value(), w.spaces().stream().map(SpaceView::of).toList(),
                    w.gtnum() == null ? null : new GtnumView(w.gtnum().name(), w.gtnum().link().toString()), w.version());
        }
    }

    record SpaceView(CollaborationSpaceKind kind, String label, String link) {

        static SpaceView of(CollaborationSpace s) {
            return new SpaceView(s.kind(), s.label(), s.link().toString());
        }
    }

    record GtnumView(String name, String link) {
    }
}

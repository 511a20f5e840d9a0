package fr.education.traam.groups.work.web;

import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.work.WorkCalendar;
import fr.education.traam.groups.work.Workspace;
import fr.education.traam.groups.work.application.ArrangingWorkspaces;
import fr.education.traam.groups.work.application.ReportingProgress;
import fr.education.traam.groups.work.application.SchedulingTheWork;
import fr.education.traam.groups.work.web.WorkRequests.CalendarBody;
import fr.education.traam.groups.work.web.WorkRequests.ReportBody;
import fr.education.traam.groups.work.web.WorkRequests.WorkspaceBody;
import fr.education.traam.groups.work.web.WorkViews.CalendarView;
import fr.education.traam.groups.work.web.WorkViews.ReportView;
import fr.education.traam.groups.work.web.WorkViews.WorkspaceView;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import fr.education.traam.kit.web.Unconditional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Validated
@RequestMapping("/api/groups")
@Tag(name = "Work of the groups", description = "The theme's work calendar, the académies' progress reports, the groups' "
        + "collaboration spaces: the platform links to the tools the groups work in, it does not replace them")
class WorkController {

    private static final String MANAGERS = "hasAnyRole('DAN', 'ACADEMIC_INSPECTOR', 'DNE_EXPERT')";

    private final SchedulingTheWork scheduling;
    private final ReportingProgress reporting;
    private final ArrangingWorkspaces arranging;

    WorkController(SchedulingTheWork scheduling, ReportingProgress reporting, ArrangingWorkspaces arranging) {
        this.scheduling = scheduling;
        this.reporting = reporting;
        this.arranging = arranging;
    }

    @GetMapping("/{groupId}/calendar")
    @ETagged
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The work calendar of the group's theme, from any group of it (whoever may see that group's members)",
            description = "An academic group reads its national group's calendar. The ETag is the calendar's version "
                    + "(\"-1\" while the experts have proposed none), to send in If-Match when publishing it. "
                    + "403 work-not-visible for anyone else; 404 group-not-found.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CalendarView> calendar(@PathVariable String groupId, @Parameter(hidden = true) Caller caller) {
        return calendar(HttpStatus.OK, scheduling.calendar(new GroupId(groupId), caller));
    }

    @PutMapping("/{nationalGroupId}/calendar")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Publish the theme's work calendar, as a whole (the theme's DNE experts)",
            description = "Replaces every entry; each date within the theme's two years (400 naming the entry's date otherwise). "
                    + "Publishes groups.work-calendar-published.v1; the same calendar again changes nothing. 403 not-responsible "
                    + "for anyone but the theme's experts; 409 group-closed; 422 not-a-national-group for an academic group.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CalendarView> publish(@PathVariable String nationalGroupId, @Valid @RequestBody CalendarBody body,
                                         ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        return calendar(HttpStatus.OK, scheduling.publish(new GroupId(nationalGroupId), expected, caller, body.toEntries()));
    }

    @PostMapping("/{nationalGroupId}/progress")
    @PreAuthorize("isAuthenticated()")
    @Unconditional("a report is a new resource in the group's list, written once; it changes nothing a client has read")
    @Operation(summary = "Report an académie's progress to the national group (the académie's referent in it)",
            description = "The referent is known by the professional address (email claim) of their token; the report is for "
                    + "the académie they represent. Publishes groups.progress-reported.v1 (author by member id, number of links). "
                    + "403 not-a-referent for anyone else; 409 group-closed; 422 not-a-national-group.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<ReportView> report(@PathVariable String nationalGroupId, @Valid @RequestBody ReportBody body,
                                      @Parameter(hidden = true) Caller caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ReportView.of(reporting.report(new GroupId(nationalGroupId), caller,
                body.text(), body.toLinks())));
    }

    @GetMapping("/{nationalGroupId}/progress")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The progress reports to the national group, newest first (whoever may see its members; an "
            + "académie's DAN and inspectors, their own académie's)",
            description = "academy (a ministry code) keeps one académie's reports. 403 work-not-visible for anyone else, or for "
                    + "a DAN asking another académie's; 422 not-a-national-group.", security = @SecurityRequirement(name = "bearer"))
    List<ReportView> reports(@PathVariable String nationalGroupId,
                             @RequestParam(required = false) @Pattern(regexp = "[0-9]{2}", message = "must be a ministry code of two digits, e.g. 10") String academy,
                             @Parameter(hidden = true) Caller caller) {
        return reporting.reports(new GroupId(nationalGroupId), caller, academy).stream().map(ReportView::of).toList();
    }

    @GetMapping("/{groupId}/workspace")
    @ETagged
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Where the group works: its collaboration spaces and its GTnum (whoever may see its members)",
            description = "The ETag is the workspace's version (\"-1\" while nobody has listed its spaces). 403 work-not-visible "
                    + "for anyone else; 404 group-not-found.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<WorkspaceView> workspace(@PathVariable String groupId, @Parameter(hidden = true) Caller caller) {
        return workspace(arranging.workspace(new GroupId(groupId), caller));
    }

    @PutMapping("/{groupId}/workspace")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "List the group's collaboration spaces and its GTnum, as a whole (those responsible for the group)",
            description = "Spaces of kind TRIBU, MAGISTERE, VIAEDUC, PAD, WIKI or OTHER, each with a label and an https link "
                    + "(no credentials, no fragment). Publishes groups.workspace-changed.v1; the same again changes nothing. "
                    + "403 not-responsible for anyone else; 409 group-closed.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<WorkspaceView> arrange(@PathVariable String groupId, @Valid @RequestBody WorkspaceBody body,
                                          ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        return workspace(arranging.arrange(new GroupId(groupId), expected, caller, body.toSpaces(), body.toGtnum()));
    }

    private static ResponseEntity<CalendarView> calendar(HttpStatus status, WorkCalendar calendar) {
        return ResponseEntity.status(status).eTag(ETags.of(calendar.version())).body(CalendarView.of(calendar));
    }

    private static ResponseEntity<WorkspaceView> workspace(Workspace workspace) {
        return ResponseEntity.ok().eTag(ETags.of(workspace.version())).body(WorkspaceView.of(workspace));
    }
}

package fr.education.traam.groups.work.web;

import fr.education.traam.contract.groups.CollaborationSpaceKind;
import fr.education.traam.contract.groups.WorkCalendarEntryKind;
import fr.education.traam.groups.work.CalendarEntry;
import fr.education.traam.groups.work.CollaborationSpace;
import fr.education.traam.groups.work.ReportLink;
import fr.education.traam.groups.work.ResearchGroup;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What clients send about the work of a group. */
final class WorkRequests {

    private WorkRequests() {
    }

    @Schema(description = "The whole work calendar of a theme: every entry, in any order (it is kept sorted by date).")
    record CalendarBody(@NotNull @Size(max = 200) List<@NotNull @Valid EntryBody> entries) {

        List<CalendarEntry> toEntries() {
            List<CalendarEntry> kept = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                EntryBody e = entries.get(i);
                kept.add(CalendarEntry.of("entries[" + i + "]", e.kind(), e.date(), e.title(), e.details(), e.link()));
            }
            return kept;
        }
    }

    @Schema(description = "An entry: its kind, the day (within the theme's two years), a title, optional details and an "
            + "optional https link (a visio, the agenda in Tribu).")
    record EntryBody(
            @NotNull WorkCalendarEntryKind kind,
            @NotNull LocalDate date,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String details,
            @Schema(example = "https://visio.education.fr/traam-ia") @Size(max = 2000) String link) {
    }

    @Schema(description = "An académie's progress: a text and up to ten https links, each with an optional label.")
    record ReportBody(@NotBlank @Size(max = 5000) String text, @Size(max = 10) List<@NotNull @Valid LinkBody> links) {

        List<ReportLink> toLinks() {
            List<ReportLink> kept = new ArrayList<>();
            for (int i = 0; links != null && i < links.size(); i++) {
                kept.add(ReportLink.of("links[" + i + "]", links.get(i).url(), links.get(i).label()));
            }
            return kept;
        }
    }

    record LinkBody(@Schema(example = "https://pad.ac-lyon.fr/p/traam-ia") @NotBlank @Size(max = 2000) String url,
                    @Size(max = 200) String label) {
    }

    @Schema(description = "Where a group works, as a whole: its collaboration spaces and, if it works with one, its GTnum.")
    record WorkspaceBody(@NotNull @Size(max = 20) List<@NotNull @Valid SpaceBody> spaces, @Valid GtnumBody gtnum) {

        List<CollaborationSpace> toSpaces() {
            List<CollaborationSpace> kept = new ArrayList<>();
            for (int i = 0; i < spaces.size(); i++) {
                SpaceBody s = spaces.get(i);
                kept.add(CollaborationSpace.of("spaces[" + i + "]", s.kind(), s.label(), s.link()));
            }
            return kept;
        }

        ResearchGroup toGtnum() {
            return gtnum == null ? null : ResearchGroup.of("gtnum", gtnum.name(), gtnum.link());
        }
    }

    record SpaceBody(@NotNull CollaborationSpaceKind kind, @NotBlank @Size(max = 200) String label,
                     @Schema(example = "https://tribu.phm.education.gouv.fr/traam-ia-lyon") @NotBlank @Size(max = 2000) String link) {
    }

    record GtnumBody(@NotBlank @Size(max = 200) String name,
                     @Schema(example = "https://gtnum.education.fr/ia-ecriture") @NotBlank @Size(max = 2000) String link) {
    }
}

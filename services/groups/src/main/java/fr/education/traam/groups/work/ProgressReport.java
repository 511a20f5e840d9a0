package fr.education.traam.groups.work;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.groups.ProgressReported;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.UserText;

import java.time.Instant;
import java.util.List;

/**
 * The progress of an académie on a theme, as its referent reports it to the national group ({@code group}): a text and
 * links, for the campaign and theme the group worked on then. Its author is a member id; their name stays with the
 * people. A report is written once and not changed: the next one tells what moved since.
 */
public record ProgressReport(
        ReportId id,
        GroupId group,
        String academy,
        PersonId author,
        CampaignId campaignId,
        ThemeId themeId,
        String text,
        List<ReportLink> links,
        Instant reportedAt) {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_LINKS = 10;

    public ProgressReport {
        text = UserText.accepted("text", text, MAX_TEXT);
        if (text == null || text.isBlank()) {
            throw Refused.invalid("text", "a report says how the académie's work is going");
        }
        text = text.strip();
        links = List.copyOf(links == null ? List.of() : links);
        if (links.size() > MAX_LINKS) {
            throw Refused.invalid("links", "a report gives at most " + MAX_LINKS + " links");
        }
    }

    /** A report and the event that announces it. */
    public record Changed(ProgressReport report, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }

    /** The referent of {@code academy} reports its progress to the national group. */
    public static Changed report(ReportId id, GroupId nationalGroup, String academy, PersonId author, CampaignId campaignId,
                                 ThemeId themeId, String text, List<ReportLink> links, Instant at) {
        ProgressReport report = new ProgressReport(id, nationalGroup, academy, author, campaignId, themeId, text, links, at);
        return new Changed(report, List.of(new ProgressReported(id.value(), nationalGroup.value(), academy, author.value(),
                report.links().size())));
    }
}

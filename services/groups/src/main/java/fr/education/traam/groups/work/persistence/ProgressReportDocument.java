package fr.education.traam.groups.work.persistence;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.groups.work.ProgressReport;
import fr.education.traam.groups.work.ReportId;
import fr.education.traam.groups.work.ReportLink;
import fr.education.traam.groups.work.WorkLink;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A progress report as stored; its author by member id, their name stays with the people. Written once. */
@Document(MongoProgressReports.COLLECTION)
record ProgressReportDocument(
        @Id String id,
        long version,
        String groupId,
        String academy,
        String authorId,
        String campaignId,
        String themeId,
        String text,
        List<LinkDocument> links,
        Instant reportedAt) {

    record LinkDocument(String url, String label) {
    }

    static ProgressReportDocument of(ProgressReport r) {
        return new ProgressReportDocument(r.id().value(), 0, r.group().value(), r.academy(), r.author().value(),
                r.campaignId().value(), r.themeId().value(), r.text(),
                r.links().stream().map(l -> new LinkDocument(l.url().toString(), l.label())).toList(), r.reportedAt());
    }

    ProgressReport toReport() {
        return new ProgressReport(new ReportId(id), new GroupId(groupId), academy, new PersonId(authorId), new CampaignId(campaignId),
                new ThemeId(themeId), text, links.stream().map(l -> new ReportLink(new WorkLink(URI.create(l.url())), l.label())).toList(),
                reportedAt);
    }
}

package fr.education.traam.groups.work.persistence;

import fr.education.traam.contract.groups.WorkCalendarEntryKind;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.work.CalendarEntry;
import fr.education.traam.groups.work.WorkCalendar;
import fr.education.traam.groups.work.WorkLink;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A theme's work calendar as stored, by its national group's id. Dates as ISO text: a day has no time zone. */
@Document(MongoWorkCalendars.COLLECTION)
record WorkCalendarDocument(@Id String id, long version, List<EntryDocument> entries, Instant publishedAt) {

    record EntryDocument(String kind, String date, String title, String details, String link) {
    }

    static WorkCalendarDocument of(WorkCalendar c) {
        return new WorkCalendarDocument(c.nationalGroup().value(), c.version(), c.entries().stream()
                .map(e -> new EntryDocument(e.kind().name(), e.date().toString(), e.title(), e.details(),
                        e.link() == null ? null : e.link().toString())).toList(), c.publishedAt());
    }

    WorkCalendar toCalendar() {
        return new WorkCalendar(new GroupId(id), entries.stream().map(e -> new CalendarEntry(WorkCalendarEntryKind.valueOf(e.kind()),
                LocalDate.parse(e.date()), e.title(), e.details(), e.link() == null ? null : new WorkLink(URI.create(e.link()))))
                .toList(), publishedAt, version);
    }
}

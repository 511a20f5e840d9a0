package fr.education.traam.dissemination.academyfeed;

import java.time.Instant;

/**
 * One entry of an académie's feed: what happened, where to read more, and when. Its id is the id of the event it
 * reports, so a redelivered event finds its entry there already.
 */
public record AcademyEntry(String academy, String eventId, String title, String summary, String link, Instant occurredAt) {

    public AcademyEntry {
        if (academy == null || eventId == null || title == null || occurredAt == null) {
            throw new IllegalArgumentException("an académie's entry needs its académie, event, title and date");
        }
        summary = summary == null ? "" : summary;
    }
}

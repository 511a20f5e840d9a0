package fr.education.traam.dissemination.academyfeed;

import java.time.Instant;

/**
 * One entry of an académie's feed: what happened, where to read more, and when. Its id is the académie and the id of the
 * event that first reported it, so a redelivered event finds its entry there already.
 *
 * <p>An entry about a national selection names it ({@code selectionId}) and the {@code revision} of it that its text
 * shows (0 as published, one more per amendment): an amendment rewrites the entry in place, at {@code updatedAt}, and an
 * older revision never overwrites a newer one. An entry about a production names it ({@code productionId}): when the
 * production is withdrawn, the entry gives way to a tombstone ({@code withdrawnAt}, the public {@code withdrawalReason}),
 * which the feed shows as an RFC 6721 deleted entry so that readers drop what they had. Other entries stay as written.
 */
public record AcademyEntry(String academy, String eventId, String title, String summary, String link, Instant occurredAt,
                           String selectionId, int revision, Instant updatedAt, String productionId, Instant withdrawnAt,
                           String withdrawalReason) {

    public AcademyEntry {
        if (academy == null || eventId == null || title == null || occurredAt == null) {
            throw new IllegalArgumentException("an académie's entry needs its académie, event, title and date");
        }
        summary = summary == null ? "" : summary;
        updatedAt = updatedAt == null ? occurredAt : updatedAt;
    }

    /** An entry that stays as written. */
    public static AcademyEntry of(String academy, String eventId, String title, String summary, String link, Instant occurredAt) {
        return new AcademyEntry(academy, eventId, title, summary, link, occurredAt, null, 0, occurredAt, null, null, null);
    }

    /** An entry about the production {@code productionId}, as written until it is withdrawn. */
    public static AcademyEntry aboutProduction(String academy, String eventId, String productionId, String title, String summary,
                                               String link, Instant occurredAt) {
        return new AcademyEntry(academy, eventId, title, summary, link, occurredAt, null, 0, occurredAt, productionId, null, null);
    }

    /** An entry about {@code selectionId} as it stands at {@code revision}. */
    public static AcademyEntry aboutSelection(String academy, String eventId, String title, String summary, String link,
                                              Instant occurredAt, String selectionId, int revision) {
        return new AcademyEntry(academy, eventId, title, summary, link, occurredAt, selectionId, revision, occurredAt, null, null, null);
    }

    /** The same entry (same id, same first date) telling what {@code revision} of its selection says, since {@code at}. */
    public AcademyEntry revised(String newTitle, String newSummary, int newRevision, Instant at) {
        return new AcademyEntry(academy, eventId, newTitle, newSummary, link, occurredAt, selectionId, newRevision, at, productionId,
                withdrawnAt, withdrawalReason);
    }

    /** Whether the entry gave way to a tombstone: its production was withdrawn. */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}

package fr.education.traam.dissemination.newsletter;

import fr.education.traam.kit.domain.Refused;

import java.time.Instant;

/**
 * One piece of news in an edition. Its id is the id of the event it reports: one event gives one item per line,
 * and a redelivered event finds its item already there. {@code link} is where readers learn more (absent when
 * nowhere); {@code note} is the editor's annotation, absent until written. {@code selection} is set on news of a national
 * selection: which one, and the revision its text tells, so that an amendment finds it and rewrites it (ADR 19).
 * {@code productionId} is set on news of a published production, so that its withdrawal finds it in the drafts.
 */
public record NewsItem(String id, NewsKind kind, String title, String summary, String link, Instant occurredAt, String note,
                       SelectionRevision selection, String productionId) {

    public static final int MAX_NOTE = 2000;

    public NewsItem {
        if (id == null || id.isBlank() || kind == null || occurredAt == null) {
            throw new IllegalArgumentException("a news item needs an id, a kind and a date");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("news item " + id + " has no title");
        }
        summary = summary == null ? "" : summary;
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw Refused.invalid("note", "a note holds at most " + MAX_NOTE + " characters");
        }
    }

    /** News about no selection and no production. */
    public NewsItem(String id, NewsKind kind, String title, String summary, String link, Instant occurredAt, String note) {
        this(id, kind, title, summary, link, occurredAt, note, null, null);
    }

    /** News about a selection, at the revision its text tells. */
    public NewsItem(String id, NewsKind kind, String title, String summary, String link, Instant occurredAt, String note,
                    SelectionRevision selection) {
        this(id, kind, title, summary, link, occurredAt, note, selection, null);
    }

    /** News of the published production {@code productionId}. */
    public static NewsItem ofProduction(String id, String productionId, String title, String summary, String link, Instant occurredAt) {
        return new NewsItem(id, NewsKind.PRODUCTION_PUBLISHED, title, summary, link, occurredAt, null, null, productionId);
    }

    NewsItem annotated(String newNote) {
        return new NewsItem(id, kind, title, summary, link, occurredAt, newNote, selection, productionId);
    }

    /** Whether this item is news of the production {@code id}. */
    public boolean ofProduction(String id) {
        return productionId != null && productionId.equals(id);
    }

    /** Whether this item is news of the selection {@code selectionId}. */
    public boolean about(String selectionId) {
        return selection != null && selection.selectionId().equals(selectionId);
    }

    /** The same item, in its place and with its note, telling {@code to}'s text and revision instead. */
    NewsItem rewrittenAs(NewsItem to) {
        return new NewsItem(id, kind, to.title, to.summary, to.link, occurredAt, note, to.selection, productionId);
    }

    /** A national selection, and how many amendments of it a text tells (0 as published). */
    public record SelectionRevision(String selectionId, int revision) {

        public SelectionRevision {
            if (selectionId == null || revision < 0) {
                throw new IllegalArgumentException("a selection revision needs its selection and a revision from 0");
            }
        }
    }
}

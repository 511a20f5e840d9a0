package fr.education.traam.dissemination.newsletter;

import fr.education.traam.kit.domain.Refused;

import java.time.Instant;

/**
 * One piece of news in an edition. Its id is the id of the event it reports: one event gives one item per line,
 * and a redelivered event finds its item already there. {@code link} is where readers learn more (absent when
 * nowhere); {@code note} is the editor's annotation, absent until written.
 */
public record NewsItem(String id, NewsKind kind, String title, String summary, String link, Instant occurredAt, String note) {

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

    NewsItem annotated(String newNote) {
        return new NewsItem(id, kind, title, summary, link, occurredAt, newNote);
    }
}

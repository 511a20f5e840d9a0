package fr.education.traam.dissemination.newsletter;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.dissemination.EditionEntry;
import fr.education.traam.contract.dissemination.NewsletterEditionPublished;
import fr.education.traam.kit.domain.Refused;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An ÉduNum edition line: the editions of one discipline or one theme, numbered from 1, and the open draft of
 * the next one. News lands in the draft as it happens; an editor reorders, removes and annotates its items,
 * picks the "Zoom sur…" spotlight, and publishes it.
 *
 * <p>{@code gathered} holds the id of every item the line ever received, so that a redelivered event brings back
 * neither an item the editor removed nor one already published.
 */
public record EditionLine(
        EditionLineId id,
        LineSubject subject,
        Instant openedAt,
        Draft draft,
        List<Edition> editions,
        Set<String> gathered,
        long version) {

    public EditionLine {
        editions = List.copyOf(editions);
        gathered = Set.copyOf(gathered);
        if (!id.equals(subject.lineId())) {
            throw new IllegalArgumentException("line " + id + " does not follow " + subject);
        }
    }

    /** A line opened on first need, with an empty draft and no edition yet. */
    public static EditionLine open(LineSubject subject, Instant at) {
        return new EditionLine(subject.lineId(), subject, at, Draft.EMPTY, List.of(), Set.of(), 0);
    }

    public String title() {
        return subject.lineTitle();
    }

    public int nextNumber() {
        return editions.size() + 1;
    }

    public Optional<Edition> edition(int number) {
        return number >= 1 && number <= editions.size() ? Optional.of(editions.get(number - 1)) : Optional.empty();
    }

    public Optional<Edition> latest() {
        return editions.isEmpty() ? Optional.empty() : Optional.of(editions.get(editions.size() - 1));
    }

    /** When the line last changed for its readers: its latest edition, or its opening. */
    public Instant lastPublished() {
        return latest().map(Edition::publishedAt).orElse(openedAt);
    }

    /** The line with {@code item} at the end of its draft, or itself when it has gathered that item before. */
    public EditionLine gather(NewsItem item) {
        if (gathered.contains(item.id())) {
            return this;
        }
        List<NewsItem> items = new ArrayList<>(draft.items());
        items.add(item);
        Set<String> seen = new LinkedHashSet<>(gathered);
        seen.add(item.id());
        return new EditionLine(id, subject, openedAt, new Draft(items, draft.spotlight()), editions, seen, version);
    }

    /**
     * Makes the line tell amendment {@code eventId} of a selection (ADR 19). When the draft holds news of that selection
     * older than the amendment, it is rewritten in place, keeping its place, its note and the spotlight: with
     * {@code announcement}'s text if it announced the selection, with {@code correction}'s if it was an earlier correction.
     * When only a published edition told the selection, which is fixed, {@code correction} goes at the end of the draft.
     * When the line never told it, or its editor removed it, nothing is added. The amendment's event id joins the
     * gathered ids in the same write, so a redelivered amendment changes nothing, and an older one never overwrites newer news.
     *
     * @param announcement the selection's news as it now stands, its {@code selection} set to the amendment's revision
     * @param correction   the news of the correction, its id the amendment's event id
     */
    public Changed followAmendment(NewsItem announcement, NewsItem correction) {
        String eventId = correction.id();
        if (gathered.contains(eventId)) {
            return new Changed(this, List.of());
        }
        String selectionId = correction.selection().selectionId();
        int revision = correction.selection().revision();
        Set<String> seen = new LinkedHashSet<>(gathered);
        seen.add(eventId);
        Optional<NewsItem> drafted = draft.items().stream().filter(item -> item.about(selectionId)).findFirst();
        Draft next = draft;
        if (drafted.isPresent() && drafted.get().selection().revision() < revision) {
            NewsItem rewritten = drafted.get().rewrittenAs(drafted.get().kind() == NewsKind.SELECTION_AMENDED ? correction : announcement);
            next = new Draft(draft.items().stream().map(item -> item.id().equals(rewritten.id()) ? rewritten : item).toList(),
                    draft.spotlight());
        } else if (drafted.isEmpty() && editions.stream().flatMap(e -> e.readingOrder().stream()).anyMatch(item -> item.about(selectionId))) {
            List<NewsItem> items = new ArrayList<>(draft.items());
            items.add(correction);
            next = new Draft(items, draft.spotlight());
        }
        return new Changed(new EditionLine(id, subject, openedAt, next, editions, seen, version), List.of());
    }

    /**
     * Takes the news of a withdrawn production out of the draft: its page is gone, an edition must not link to it. The
     * editions published already keep it, fixed as they were sent. Its id stays gathered, so a redelivered publication
     * does not bring it back; a line whose draft holds none of it is unchanged.
     */
    public Changed withdrawProduction(String productionId) {
        return unchangedOr(new Draft(draft.items().stream().filter(item -> !item.ofProduction(productionId)).toList(), draft.spotlight()));
    }

    /** Puts the draft's items in the order given, which must name each of them exactly once. */
    public Changed reorder(List<String> itemIds) {
        List<String> current = draft.items().stream().map(NewsItem::id).toList();
        if (itemIds.size() != current.size() || !new HashSet<>(itemIds).equals(new HashSet<>(current))) {
            throw Refused.invalid("order",
                    "the order must name every item of the draft exactly once: " + current);
        }
        List<NewsItem> ordered = itemIds.stream().map(itemId -> draft.item(itemId).orElseThrow()).toList();
        return unchangedOr(new Draft(ordered, draft.spotlight()));
    }

    /** Takes an item out of the draft; it will not come back, even if its event is delivered again. */
    public Changed remove(String itemId) {
        requireItem(itemId);
        return unchangedOr(new Draft(draft.items().stream().filter(item -> !item.id().equals(itemId)).toList(), draft.spotlight()));
    }

    /** Writes the editor's note on an item; a blank note removes it. */
    public Changed annotate(String itemId, String note) {
        requireItem(itemId);
        return unchangedOr(new Draft(draft.items().stream()
                .map(item -> item.id().equals(itemId) ? item.annotated(note) : item).toList(), draft.spotlight()));
    }

    /** Chooses the item that opens the edition as "Zoom sur…"; null chooses none. */
    public Changed spotlight(String itemId) {
        if (itemId != null) {
            requireItem(itemId);
        }
        return unchangedOr(new Draft(draft.items(), itemId));
    }

    /**
     * Publishes the draft as edition n°{@link #nextNumber()}, readable at the address {@code pageOf} gives for
     * its number, and opens an empty draft.
     */
    public Changed publish(Instant at, String by, Function<Integer, String> pageOf) {
        if (draft.items().isEmpty()) {
            throw new Refused(NewsletterRefusal.EMPTY_DRAFT, "the draft of " + title() + " holds no news: there is nothing to publish");
        }
        int number = nextNumber();
        String editionTitle = title() + " n°" + number;
        NewsItem spotlight = draft.item(draft.spotlight()).orElse(null);
        List<NewsItem> others = draft.items().stream().filter(item -> spotlight == null || !item.id().equals(spotlight.id())).toList();
        Edition edition = new Edition(number, editionTitle, at, by, spotlight, others);
        List<Edition> published = new ArrayList<>(editions);
        published.add(edition);
        EditionLine next = new EditionLine(id, subject, openedAt, Draft.EMPTY, published, gathered, version);
        NewsletterEditionPublished event = new NewsletterEditionPublished(id.value(), subject.kind(), title(), number,
                editionTitle, pageOf.apply(number), at, spotlight == null ? null : entry(spotlight),
                edition.readingOrder().stream().map(EditionLine::entry).toList(), by);
        return new Changed(next, List.of(event));
    }

    private static EditionEntry entry(NewsItem item) {
        return new EditionEntry(item.title(), item.link());
    }

    private void requireItem(String itemId) {
        if (draft.item(itemId).isEmpty()) {
            throw new Refused(NewsletterRefusal.NEWS_ITEM_NOT_FOUND, "the draft of " + title() + " holds no item " + itemId);
        }
    }

    private Changed unchangedOr(Draft newDraft) {
        if (newDraft.equals(draft)) {
            return new Changed(this, List.of());
        }
        return new Changed(new EditionLine(id, subject, openedAt, newDraft, editions, gathered, version), List.of());
    }

    /** A line after a change, with the events the change caused. */
    public record Changed(EditionLine line, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }
}

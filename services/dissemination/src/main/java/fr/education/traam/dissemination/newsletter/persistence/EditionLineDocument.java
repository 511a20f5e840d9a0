package fr.education.traam.dissemination.newsletter.persistence;

import fr.education.traam.contract.dissemination.EditionLineKind;
import fr.education.traam.dissemination.newsletter.Draft;
import fr.education.traam.dissemination.newsletter.Edition;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.LineSubject;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.dissemination.newsletter.NewsKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The stored form of an edition line. Published editions stay in the line's document: a line publishes a few
 * editions a year, and keeping them here makes a publication, its new draft and its event one atomic write.
 * {@code gathered} is what the conditional push of a news item is guarded by.
 */
@Document("editionLines")
record EditionLineDocument(
        @Id String id,
        long version,
        String kind,
        String discipline,
        String campaignId,
        String themeId,
        String themeTitle,
        String title,
        Instant openedAt,
        DraftDocument draft,
        List<EditionDocument> editions,
        List<String> gathered) {

    static final String DRAFT_ITEMS = "draft.items";
    static final String GATHERED = "gathered";
    static final String DRAFTED_PRODUCTIONS = "draft.items.productionId";

    record ItemDocument(String id, String kind, String title, String summary, String link, Instant occurredAt, String note,
                        String selectionId, Integer selectionRevision, String productionId) {

        static ItemDocument of(NewsItem item) {
            return item == null ? null : new ItemDocument(item.id(), item.kind().name(), item.title(), item.summary(),
                    item.link(), item.occurredAt(), item.note(), item.selection() == null ? null : item.selection().selectionId(),
                    item.selection() == null ? null : item.selection().revision(), item.productionId());
        }

        NewsItem toItem() {
            return new NewsItem(id, NewsKind.valueOf(kind), title, summary, link, occurredAt, note,
                    selectionId == null ? null : new NewsItem.SelectionRevision(selectionId, selectionRevision == null ? 0 : selectionRevision),
                    productionId);
        }
    }

    record DraftDocument(List<ItemDocument> items, String spotlight) {
    }

    record EditionDocument(int number, String title, Instant publishedAt, String publishedBy, ItemDocument spotlight,
                           List<ItemDocument> items) {
    }

    static EditionLineDocument of(EditionLine line) {
        LineSubject subject = line.subject();
        return new EditionLineDocument(line.id().value(), line.version(), subject.kind().name(), subject.discipline(),
                subject.campaignId(), subject.themeId(), subject.themeTitle(), line.title(), line.openedAt(),
                new DraftDocument(line.draft().items().stream().map(ItemDocument::of).toList(), line.draft().spotlight()),
                line.editions().stream().map(e -> new EditionDocument(e.number(), e.title(), e.publishedAt(), e.publishedBy(),
                        ItemDocument.of(e.spotlight()), e.items().stream().map(ItemDocument::of).toList())).toList(),
                List.copyOf(line.gathered()));
    }

    EditionLine toLine() {
        LineSubject subject = EditionLineKind.valueOf(kind) == EditionLineKind.DISCIPLINE
                ? LineSubject.discipline(discipline) : LineSubject.theme(campaignId, themeId, themeTitle);
        Draft current = draft == null ? Draft.EMPTY
                : new Draft(draft.items() == null ? List.of() : draft.items().stream().map(ItemDocument::toItem).toList(), draft.spotlight());
        List<Edition> published = editions == null ? List.of() : editions.stream()
                .map(e -> new Edition(e.number(), e.title(), e.publishedAt(), e.publishedBy(),
                        e.spotlight() == null ? null : e.spotlight().toItem(), e.items().stream().map(ItemDocument::toItem).toList()))
                .toList();
        return new EditionLine(new EditionLineId(id), subject, openedAt, current, published,
                gathered == null ? java.util.Set.of() : new LinkedHashSet<>(gathered), version);
    }
}

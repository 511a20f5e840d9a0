package fr.education.traam.dissemination.newsletter.web;

import fr.education.traam.contract.dissemination.EditionLineKind;
import fr.education.traam.dissemination.newsletter.Edition;
import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.dissemination.newsletter.NewsKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the newsletter API answers: public facts of lines and editions; the draft only to editors. */
final class EditionLineViews {

    private EditionLineViews() {
    }

    @Schema(name = "EditionLineView", description = "An edition line, its published editions and its feeds (public).")
    record LineView(String id, EditionLineKind kind, String title, String discipline, String campaignId, String themeId,
                    List<EditionSummary> editions, FeedLinks feeds) {

        static LineView of(EditionLine line, Feeds feeds) {
            return new LineView(line.id().value(), line.subject().kind(), line.title(), line.subject().discipline(),
                    line.subject().campaignId(), line.subject().themeId(),
                    line.editions().stream().map(e -> EditionSummary.of(line, e, feeds)).toList(),
                    new FeedLinks(feeds.feedUrl(line, "atom"), feeds.feedUrl(line, "rss"), feeds.feedUrl(line, "json")));
        }
    }

    @Schema(name = "FeedLinks")
    record FeedLinks(String atom, String rss, String json) {
    }

    @Schema(name = "EditionSummary", description = "A published edition and the address of its page.")
    record EditionSummary(int number, String title, Instant publishedAt, String url) {

        static EditionSummary of(EditionLine line, Edition edition, Feeds feeds) {
            return new EditionSummary(edition.number(), edition.title(), edition.publishedAt(), feeds.page(line, edition));
        }
    }

    @Schema(name = "DraftView", description = "The open edition of a line as its editor reviews it.")
    record DraftView(String lineId, String lineTitle, int number, String spotlight, List<ItemView> items, long version) {

        static DraftView of(EditionLine line) {
            return new DraftView(line.id().value(), line.title(), line.nextNumber(), line.draft().spotlight(),
                    line.draft().items().stream().map(ItemView::of).toList(), line.version());
        }
    }

    @Schema(name = "NewsItemView")
    record ItemView(String id, NewsKind kind, String title, String summary, String link, Instant occurredAt, String note) {

        static ItemView of(NewsItem item) {
            return new ItemView(item.id(), item.kind(), item.title(), item.summary(), item.link(), item.occurredAt(), item.note());
        }
    }
}

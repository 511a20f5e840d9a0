package fr.education.traam.dissemination.newsletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A published edition, n°{@code number} of its line: fixed once published. The {@code spotlight} ("Zoom sur…")
 * opens it, then come the other {@code items} in the editor's order.
 */
public record Edition(int number, String title, Instant publishedAt, String publishedBy, NewsItem spotlight, List<NewsItem> items) {

    public Edition {
        items = List.copyOf(items);
    }

    public Optional<NewsItem> spotlightItem() {
        return Optional.ofNullable(spotlight);
    }

    /** Every item in reading order, the spotlight first. */
    public List<NewsItem> readingOrder() {
        List<NewsItem> all = new ArrayList<>();
        spotlightItem().ifPresent(all::add);
        all.addAll(items);
        return all;
    }
}

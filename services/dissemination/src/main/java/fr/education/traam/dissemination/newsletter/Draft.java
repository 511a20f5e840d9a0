package fr.education.traam.dissemination.newsletter;

import java.util.List;
import java.util.Optional;

/** The open edition of a line: the items gathered since the last publication, in the editor's order, and the spotlight chosen. */
public record Draft(List<NewsItem> items, String spotlight) {

    public static final Draft EMPTY = new Draft(List.of(), null);

    public Draft {
        items = List.copyOf(items);
        // An item removed from the draft takes the spotlight with it.
        if (spotlight != null && !holds(items, spotlight)) {
            spotlight = null;
        }
    }

    private static boolean holds(List<NewsItem> items, String itemId) {
        return items.stream().anyMatch(item -> item.id().equals(itemId));
    }

    public Optional<NewsItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }
}

package fr.education.traam.dissemination.newsletter;

import java.time.Instant;

/** News items and lines as the tests need them. */
public final class NewsMother {

    public static final Instant MONDAY = Instant.parse("2027-10-04T08:30:00Z");

    private NewsMother() {
    }

    public static NewsItem production(String id, String title) {
        return new NewsItem(id, NewsKind.PRODUCTION_PUBLISHED, title, "Une séquence de cinquième.",
                "https://lettres.ac-lyon.fr/traam/" + id, MONDAY, null);
    }

    /** News of the production {@code productionId}, from its publication event {@code id}. */
    public static NewsItem ofProduction(String id, String productionId, String title) {
        return NewsItem.ofProduction(id, productionId, title, "Une séquence de cinquième.", "https://traam.education.fr/productions/" + productionId,
                MONDAY);
    }

    /** The news of the selection {@code selectionId} as published, or amended {@code revision} times. */
    public static NewsItem selection(String id, String selectionId, int revision, String title) {
        return new NewsItem(id, NewsKind.SELECTION_PUBLISHED, title, "Académies retenues : Lyon, Versailles.",
                "https://traam.example.fr/api/candidatures/selections/" + selectionId, MONDAY, null,
                new NewsItem.SelectionRevision(selectionId, revision));
    }

    /** The correction that amendment {@code id} of a selection brings, n°{@code revision}. */
    public static NewsItem correction(String id, String selectionId, int revision, String title) {
        return new NewsItem(id, NewsKind.SELECTION_AMENDED, title, "L'académie de Lyon n'est plus retenue.",
                "https://traam.example.fr/api/candidatures/selections/" + selectionId, MONDAY.plusSeconds(3600), null,
                new NewsItem.SelectionRevision(selectionId, revision));
    }

    public static EditionLine lettresWith(NewsItem... items) {
        EditionLine line = EditionLine.open(LineSubject.discipline("Lettres"), MONDAY);
        for (NewsItem item : items) {
            line = line.gather(item);
        }
        return line;
    }
}

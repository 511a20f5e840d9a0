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

    public static EditionLine lettresWith(NewsItem... items) {
        EditionLine line = EditionLine.open(LineSubject.discipline("Lettres"), MONDAY);
        for (NewsItem item : items) {
            line = line.gather(item);
        }
        return line;
    }
}

package fr.education.traam.dissemination.newsletter.application;

import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.EditionLines;
import fr.education.traam.dissemination.newsletter.NewsletterRefusal;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The edition lines as anyone reads them, and an editor's work on a line's draft: reviewing its items, choosing its
 * spotlight, publishing it. Each change is asked of an expected version of the line (the editor's {@code If-Match});
 * news gathered meanwhile moves the version on too, so an editor never reorders a draft they have not seen.
 */
@Service
public class EditingEditions {

    private final EditionLines lines;
    private final DisseminationProperties properties;
    private final Clock clock;

    public EditingEditions(EditionLines lines, DisseminationProperties properties, Clock clock) {
        this.lines = lines;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every line, disciplines first, each with its editions. */
    public List<EditionLine> lines() {
        return lines.all();
    }

    public EditionLine line(EditionLineId id) {
        return lines.find(id).orElseThrow(() -> notFound(id));
    }

    public EditionLine reorder(EditionLineId id, ExpectedVersion expected, List<String> itemIds) {
        return change(id, expected, line -> line.reorder(itemIds));
    }

    public EditionLine remove(EditionLineId id, ExpectedVersion expected, String itemId) {
        return change(id, expected, line -> line.remove(itemId));
    }

    public EditionLine annotate(EditionLineId id, ExpectedVersion expected, String itemId, String note) {
        return change(id, expected, line -> line.annotate(itemId, note));
    }

    public EditionLine spotlight(EditionLineId id, ExpectedVersion expected, String itemId) {
        return change(id, expected, line -> line.spotlight(itemId));
    }

    /** Publishes the draft as the line's next edition; its event leaves through the line's outbox. */
    public EditionLine publish(EditionLineId id, ExpectedVersion expected, String by) {
        return change(id, expected, line -> line.publish(clock.instant(), by, number -> properties.editionPage(id.value(), number)));
    }

    private EditionLine change(EditionLineId id, ExpectedVersion expected, Function<EditionLine, EditionLine.Changed> change) {
        EditionLine line = line(id);
        expected.check(line.version(), "edition line " + id.value());
        return lines.save(change.apply(line));
    }

    private static Refused notFound(EditionLineId id) {
        return new Refused(NewsletterRefusal.EDITION_LINE_NOT_FOUND, "no edition line " + id);
    }
}

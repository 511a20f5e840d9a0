package fr.education.traam.dissemination.newsletter.application;

import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.EditionLines;
import fr.education.traam.dissemination.newsletter.NewsletterRefusal;
import fr.education.traam.kit.domain.Refused;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** The edition lines as anyone reads them, and an editor's work on a line's draft: reviewing its items, choosing its spotlight, publishing it. */
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

    public EditionLine reorder(EditionLineId id, List<String> itemIds) {
        return change(id, line -> line.reorder(itemIds));
    }

    public EditionLine remove(EditionLineId id, String itemId) {
        return change(id, line -> line.remove(itemId));
    }

    public EditionLine annotate(EditionLineId id, String itemId, String note) {
        return change(id, line -> line.annotate(itemId, note));
    }

    public EditionLine spotlight(EditionLineId id, String itemId) {
        return change(id, line -> line.spotlight(itemId));
    }

    /** Publishes the draft as the line's next edition; its event leaves through the line's outbox. */
    public EditionLine publish(EditionLineId id, String by) {
        return change(id, line -> line.publish(clock.instant(), by, number -> properties.editionPage(id.value(), number)));
    }

    private EditionLine change(EditionLineId id, Function<EditionLine, EditionLine.Changed> change) {
        return lines.save(change.apply(line(id)));
    }

    private static Refused notFound(EditionLineId id) {
        return new Refused(NewsletterRefusal.EDITION_LINE_NOT_FOUND, "no edition line " + id);
    }
}

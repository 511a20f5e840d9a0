package fr.education.traam.dissemination.newsletter;

import java.util.List;
import java.util.Optional;

/** Every edition line, wherever they are kept. */
public interface EditionLines {

    Optional<EditionLine> find(EditionLineId id);

    /** All lines, disciplines first, then themes, each by title. */
    List<EditionLine> all();

    /** The lines whose draft holds news of the production {@code productionId}. */
    List<EditionLine> drafting(String productionId);

    /** Creates {@code line} unless a line with its id exists already; safe to call for every piece of news. */
    void open(EditionLine line);

    /**
     * Adds {@code item} at the end of the line's draft, in one atomic write, unless the line has gathered an item
     * with its id before (still in the draft, removed by the editor or published since).
     *
     * @return whether the item was added
     */
    boolean gather(EditionLineId id, NewsItem item);

    /**
     * Stores a change and its events in one write; fails if the line changed since it was read at
     * {@code line.version()} (the editor then reads it again).
     */
    EditionLine save(EditionLine.Changed change);
}

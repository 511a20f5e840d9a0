package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.productions.ProductionType;

import java.time.Instant;
import java.util.Set;

/**
 * The entries of some kinds whose last change falls in a window, optionally of one set: what a harvester asks for.
 * Their order is stable — last change, then production id — so that a harvest resumed after a {@link Position} neither
 * skips nor repeats an entry that did not change meanwhile (one that changed moves to the end).
 *
 * @param set   a set's spec; {@code null} for all
 * @param from  inclusive; {@code null} for no lower bound
 * @param until inclusive; {@code null} for no upper bound
 */
public record CatalogueChanges(Set<ProductionType> kinds, String set, Instant from, Instant until) {

    public CatalogueChanges {
        kinds = Set.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("changes of which kinds?");
        }
    }

    /** Where a page ended: the last entry's change and id. */
    public record Position(Instant changedAt, String productionId) {
    }
}

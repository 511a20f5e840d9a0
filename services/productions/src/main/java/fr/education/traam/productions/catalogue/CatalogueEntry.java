package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the catalogue holds of one production: its latest published version, or, once withdrawn, only what its
 * withdrawal page says (the publication itself is dropped: it may have been withdrawn for its rights).
 *
 * @param publication the latest version published; {@code null} once withdrawn
 * @param publishedAt when its first version was published
 * @param withdrawal  {@code null} while it is public
 * @param changedAt   when the catalogue last changed it (its latest publication or its withdrawal), to the second:
 *                    a harvester's datestamp
 * @param sets        the sets it is filed under, kept once withdrawn
 */
public record CatalogueEntry(String productionId, ProductionType kind, String title, ProductionPublished publication,
                             Instant publishedAt, Withdrawal withdrawal, Instant changedAt, List<CatalogueSet> sets) {

    public CatalogueEntry {
        if (productionId == null || title == null || (publication == null && withdrawal == null)) {
            throw new IllegalArgumentException("a catalogue entry needs its production, title and publication or withdrawal");
        }
        changedAt = changedAt == null ? null : changedAt.truncatedTo(ChronoUnit.SECONDS);
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /** A publication first published {@code at}, recorded by the catalogue {@code changedAt}. */
    public static CatalogueEntry published(ProductionPublished publication, Instant at, Instant changedAt) {
        return new CatalogueEntry(publication.productionId(), publication.type(), publication.title(), publication, at, null,
                changedAt, CatalogueSet.of(publication));
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    public Optional<ProductionPublished> publicationIfPublic() {
        return withdrawn() ? Optional.empty() : Optional.of(publication);
    }

    /** Why and when a production was withdrawn: final, whatever is delivered after it. */
    public record Withdrawal(String reason, Instant at) {
    }
}

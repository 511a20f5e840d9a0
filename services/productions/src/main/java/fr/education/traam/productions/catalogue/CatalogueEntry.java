package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;

import java.time.Instant;
import java.util.Optional;

/**
 * What the catalogue holds of one production: its latest published version, or, once withdrawn, only what its
 * withdrawal page says (the publication itself is dropped: it may have been withdrawn for its rights).
 *
 * @param publication the latest version published; {@code null} once withdrawn
 * @param publishedAt when its first version was published
 * @param withdrawal  {@code null} while it is public
 */
public record CatalogueEntry(String productionId, ProductionType kind, String title, ProductionPublished publication,
                             Instant publishedAt, Withdrawal withdrawal) {

    public CatalogueEntry {
        if (productionId == null || title == null || (publication == null && withdrawal == null)) {
            throw new IllegalArgumentException("a catalogue entry needs its production, title and publication or withdrawal");
        }
    }

    public static CatalogueEntry published(ProductionPublished publication, Instant at) {
        return new CatalogueEntry(publication.productionId(), publication.type(), publication.title(), publication, at, null);
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

package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.productions.ProductionType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's entries. Every write is guarded so that applying an event twice, or an older one after a newer,
 * changes nothing (ADR 14): a version replaces only an older version of a production still public, and a withdrawal
 * is final.
 */
public interface CatalogueEntries {

    /** Records {@code version} of a publication; false when a version as new is there or the production was withdrawn. */
    boolean publish(CatalogueEntry entry, int version, Set<String> words);

    /**
     * Withdraws a production, even one whose publication has not arrived yet (then filed under {@code sets}), recorded
     * by the catalogue {@code changedAt}; false when it already was.
     */
    boolean withdraw(String productionId, ProductionType kind, String title,
                     CatalogueEntry.Withdrawal withdrawal, List<CatalogueSet> sets, Instant changedAt);

    Optional<CatalogueEntry> find(String productionId);

    /** The entries {@code changes} asks for after {@code after} ({@code null}: from the first), at most {@code limit}. */
    List<CatalogueEntry> changes(CatalogueChanges changes, CatalogueChanges.Position after, int limit);

    /** How many entries {@code changes} asks for, from the first. */
    long count(CatalogueChanges changes);

    /** The earliest change among the entries of {@code kinds}; empty when there is none. */
    Optional<Instant> earliestChange(Set<ProductionType> kinds);

    /** Every set some entry of {@code kinds} is filed under, by spec. */
    List<CatalogueSet> sets(Set<ProductionType> kinds);

    /** The page of public entries matching {@code search}, their total and the counts of each facet's values. */
    CatalogueResult search(CatalogueSearch search);
}

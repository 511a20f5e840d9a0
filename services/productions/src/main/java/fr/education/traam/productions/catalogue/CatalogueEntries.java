package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.productions.ProductionType;

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

    /** Withdraws a production, even one whose publication has not arrived yet; false when it already was. */
    boolean withdraw(String productionId, ProductionType kind, String title,
                     CatalogueEntry.Withdrawal withdrawal);

    Optional<CatalogueEntry> find(String productionId);

    /** The page of public entries matching {@code search}, their total and the counts of each facet's values. */
    CatalogueResult search(CatalogueSearch search);
}

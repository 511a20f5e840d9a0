package fr.education.traam.productions.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A page of entries, the total matching the whole search, and for each facet the number of entries per value under
 * every other facet's selection but its own (so that one can widen a choice), with the theme titles met.
 */
public record CatalogueResult(List<CatalogueEntry> entries, long total, Map<Facet, Map<String, Long>> counts,
                              Map<String, String> themeTitles) {
}

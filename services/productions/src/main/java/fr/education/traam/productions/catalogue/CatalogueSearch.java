package fr.education.traam.productions.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search of the catalogue: every word must be among an entry's words; within a facet, any selected value matches
 * (or); across facets, all must (and).
 */
public record CatalogueSearch(List<String> words, Map<Facet, Set<String>> selected, int page, int size) {

    public CatalogueSearch {
        words = List.copyOf(words);
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        selected.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        selected = java.util.Collections.unmodifiableMap(copy);
    }

    public Set<String> selected(Facet facet) {
        return selected.getOrDefault(facet, Set.of());
    }
}

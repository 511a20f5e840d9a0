package fr.education.traam.reference.scolomfr;

import java.util.Objects;

/**
 * One ScoLOMFR concept: its vocabulary ({@code 022} for scolomfr-voc-022, the detailed educational level), its id
 * under {@link #NAMESPACE} and its preferred label in that vocabulary, the label a record writes beside its URI.
 */
public record ScolomfrConcept(String vocabulary, String id, String label) {

    /** Where every ScoLOMFR concept's URI starts. */
    public static final String NAMESPACE = "http://data.education.fr/voc/scolomfr/concept/";

    public ScolomfrConcept {
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!vocabulary.matches("\\d{3}")) {
            throw new IllegalArgumentException("a ScoLOMFR vocabulary is three digits, e.g. 022: " + vocabulary);
        }
        if (id.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("a ScoLOMFR concept has an id and a label");
        }
    }

    /** The concept's URI, e.g. {@code http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-020}. */
    public String uri() {
        return NAMESPACE + id;
    }

    /** The vocabulary's name, e.g. {@code scolomfr-voc-022}. */
    public String vocabularyName() {
        return "scolomfr-voc-" + vocabulary;
    }
}

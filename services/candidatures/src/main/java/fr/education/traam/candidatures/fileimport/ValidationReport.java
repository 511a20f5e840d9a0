package fr.education.traam.candidatures.fileimport;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a file, as they are found. It keeps the first {@code limit} entries and counts them all:
 * a file of 20,000 bad rows must not make a report larger than a MongoDB document.
 */
public final class ValidationReport {

    private final int limit;
    private final List<RowProblem> entries = new ArrayList<>();
    private int total;

    public ValidationReport(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a report keeps at least one entry");
        }
        this.limit = limit;
    }

    public void add(RowProblem problem) {
        total++;
        if (entries.size() < limit) {
            entries.add(problem);
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The first entries, at most the limit. */
    public List<RowProblem> entries() {
        return List.copyOf(entries);
    }

    /** Every problem found, including those beyond the limit. */
    public int total() {
        return total;
    }
}

package fr.education.traam.dissemination.academyfeed;

import java.util.List;

/** The entries of every académie's feed. */
public interface AcademyEntries {

    /** Stores the entry unless the académie has one for its event already. */
    void add(AcademyEntry entry);

    /** Every académie's entries about the national selection {@code selectionId}. */
    List<AcademyEntry> aboutSelection(String selectionId);

    /**
     * Replaces the stored entry with the same académie and event by {@code entry}, in one write, only if the stored one
     * shows an older revision of its selection; the same revision again, or an older one, changes nothing.
     *
     * @return whether the entry was rewritten
     */
    boolean revise(AcademyEntry entry);

    /** The académie's latest entries, the newest first. */
    List<AcademyEntry> latest(String academy, int count);
}

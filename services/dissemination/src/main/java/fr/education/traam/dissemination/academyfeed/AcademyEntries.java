package fr.education.traam.dissemination.academyfeed;

import java.time.Instant;
import java.util.List;

/** The entries of every académie's feed, and the tombstones of those whose production was withdrawn. */
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

    /**
     * Turns every entry about the production, in every académie's feed, into a tombstone withdrawn {@code at} for
     * {@code reason}, in one write; an entry withdrawn already keeps its first withdrawal.
     *
     * @return how many entries were withdrawn by this call
     */
    long withdraw(String productionId, Instant at, String reason);

    /** The académie's latest entries still standing, the newest first. */
    List<AcademyEntry> latest(String academy, int count);

    /** The académie's latest tombstones, the latest withdrawn first. */
    List<AcademyEntry> withdrawn(String academy, int count);
}

package fr.education.traam.dissemination.academyfeed;

import java.util.List;

/** The entries of every académie's feed. */
public interface AcademyEntries {

    /** Stores the entry unless the académie has one for its event already. */
    void add(AcademyEntry entry);

    /** The académie's latest entries, the newest first. */
    List<AcademyEntry> latest(String academy, int count);
}

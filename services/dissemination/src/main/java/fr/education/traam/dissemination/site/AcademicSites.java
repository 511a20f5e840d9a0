package fr.education.traam.dissemination.site;

import java.util.List;
import java.util.Optional;

/** The registry of academic sites. */
public interface AcademicSites {

    Optional<AcademicSite> find(String id);

    /** Sites by académie then name; every académie's when {@code academy} is null. */
    List<AcademicSite> list(String academy);

    /** The active sites whose subscription names {@code eventType}. */
    List<AcademicSite> subscribedTo(String eventType);

    /** Stores a new site, or a changed one if nobody changed it since it was read at its version; returns it as stored. */
    AcademicSite save(AcademicSite site);
}

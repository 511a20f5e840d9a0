package fr.education.traam.productions.production;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The productions this service keeps, wherever they are kept. */
public interface Productions {

    Optional<Production> find(ProductionId id);

    /** The productions of these groups, the latest changed first. */
    List<Production> ofGroups(Collection<String> groupIds);

    /** Every production of a theme, for those who review or follow it. */
    List<Production> ofTheme(String campaignId, String themeId);

    /**
     * Stores the production with the events of its change, in one write: inserts it when its version is
     * {@link Production#NEW}, otherwise replaces the one read at that version, and fails when someone changed it since.
     */
    Production save(Production.Changed change);
}

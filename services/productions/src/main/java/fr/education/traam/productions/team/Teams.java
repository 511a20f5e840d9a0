package fr.education.traam.productions.team;

import java.util.List;
import java.util.Optional;

/** The groups this service has seen on {@code traam.groups}. */
public interface Teams {

    Optional<Team> find(String groupId);

    /** The theme's national group, if formed. */
    Optional<Team> nationalOf(String campaignId, String themeId);

    /** The groups where one of these member ids sits. */
    List<Team> seating(java.util.Set<String> memberIds);

    /** Every group of the theme, national and academic. */
    List<Team> ofTheme(String campaignId, String themeId);

    void save(Team team);
}

package fr.education.traam.groups.group;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.groups.person.PersonId;

import java.util.List;
import java.util.Optional;

/** The working groups, wherever they are kept. */
public interface WorkingGroups {

    Optional<WorkingGroup> find(GroupId id);

    /** The groups working now (their latest stint) on this theme of this campaign, the national group first. */
    List<WorkingGroup> workingOn(CampaignId campaignId, ThemeId themeId);

    /** The groups working now (their latest stint) on a theme with this id, in any campaign. */
    List<WorkingGroup> workingOnTheme(ThemeId themeId);

    /** The groups whose latest stint came from this national selection. */
    List<WorkingGroup> formedBy(String selectionId);

    /** The groups, open or closed, in which this person sits. */
    List<WorkingGroup> withMember(PersonId person);

    /** Every group, in pages of {@code size} after the group {@code after} ({@code null} for the first page), by id. */
    List<WorkingGroup> page(GroupId after, int size);

    /**
     * Stores a change and its events in one write: inserts a group at {@link WorkingGroup#NEW} (a group formed twice is
     * {@link GroupAlreadyFormed}), otherwise replaces the one read at its version; fails when someone else stored it
     * meanwhile.
     */
    WorkingGroup save(WorkingGroup.Changed change);

    /** Raised when the group a selection forms exists already: the selection was delivered again. */
    final class GroupAlreadyFormed extends RuntimeException {
        public GroupAlreadyFormed(GroupId id) {
            super("the group " + id + " was formed already");
        }
    }
}

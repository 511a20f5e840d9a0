package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

import java.util.List;

/**
 * Those responsible for a group changed where it works: every collaboration space it lists now (kind and link) and
 * the GTnum it works with ({@code null} for none). Keyed by the group id.
 */
public record WorkspaceChanged(String groupId, List<CollaborationSpaceLink> spaces, ResearchGroupLink gtnum) implements TraamEvent {

    public WorkspaceChanged {
        spaces = List.copyOf(spaces);
    }

    @Override
    public String aggregateId() {
        return groupId;
    }
}

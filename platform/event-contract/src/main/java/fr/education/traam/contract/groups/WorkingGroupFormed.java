package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

import java.util.List;

/**
 * A published national selection formed a working group: the theme's national group, or an academic group from the
 * team the académie's candidature declared. {@code selectionId} and {@code revision} name the selection (and its
 * amendment) that formed it; the composition's status comes with every rule it does not meet yet.
 */
public record WorkingGroupFormed(
        GroupReference group,
        String selectionId,
        int revision,
        List<GroupMemberSeat> members,
        GroupStatus status,
        List<UnmetRule> unmet) implements TraamEvent {

    public WorkingGroupFormed {
        members = List.copyOf(members);
        unmet = List.copyOf(unmet);
    }

    @Override
    public String aggregateId() {
        return group.groupId();
    }
}

package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

import java.util.List;

/**
 * A change of members moved the group's status, or changed which rules it does not meet: {@code status} and
 * {@code unmet} are the whole composition's verdict now, {@code previous} the status before.
 */
public record GroupCompositionChanged(
        GroupReference group,
        GroupStatus previous,
        GroupStatus status,
        List<UnmetRule> unmet) implements TraamEvent {

    public GroupCompositionChanged {
        unmet = List.copyOf(unmet);
    }

    @Override
    public String aggregateId() {
        return group.groupId();
    }
}

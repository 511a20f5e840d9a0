package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

/**
 * A group closed and is read-only from now: an amendment took its académie out of the selection, or the académie did
 * not continue into the theme's second year.
 */
public record WorkingGroupClosed(GroupReference group, ClosingReason reason) implements TraamEvent {

    @Override
    public String aggregateId() {
        return group.groupId();
    }
}

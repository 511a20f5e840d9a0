package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

/** Someone left a group: removed, or replaced by the member of the {@link MemberJoined} that follows. */
public record MemberLeft(GroupReference group, GroupMemberSeat member, DepartureReason reason) implements TraamEvent {

    @Override
    public String aggregateId() {
        return group.groupId();
    }
}

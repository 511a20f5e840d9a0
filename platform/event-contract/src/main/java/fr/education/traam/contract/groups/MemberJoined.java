package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

/**
 * Someone joined a group, added by those responsible for it or in the place of a member who left ({@code replacing},
 * the id of that member, or {@code null}).
 */
public record MemberJoined(GroupReference group, GroupMemberSeat member, String replacing) implements TraamEvent {

    @Override
    public String aggregateId() {
        return group.groupId();
    }
}

package fr.education.traam.groups.group;

import fr.education.traam.contract.groups.GroupMemberSeat;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.reference.people.InspectorCorps;

import java.time.Instant;

/**
 * A person's place in a group: their role, for an inspector their corps, for a referent in a national group the
 * académie they represent, and since when.
 */
public record Membership(PersonId person, MemberRole role, InspectorCorps corps, String academy, Instant since) {

    public boolean is(MemberRole other) {
        return role == other;
    }

    public boolean referentOf(String academyCode) {
        return role == MemberRole.REFERENT && academyCode.equals(academy);
    }

    /** As events show it: by id and role, never by name. */
    public GroupMemberSeat seat() {
        return new GroupMemberSeat(person.value(), role, corps == null ? null : corps.name(), academy);
    }
}

package fr.education.traam.groups.group.application;

import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.GroupRefusal;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.ProfessionalDomains;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Adds, replaces and removes the members of a group, for those responsible for it. A referent changed here follows in
 * the other group they sit in by the group's own events ({@link FollowingReferents}).
 */
@Service
public class ManagingMembers {

    private static final Set<MemberRole> INSPECTORS = EnumSet.of(MemberRole.PILOTING_INSPECTOR);

    private final ConsultingGroups consulting;
    private final WorkingGroups groups;
    private final People people;
    private final ProfessionalDomains domains;
    private final Clock clock;

    public ManagingMembers(ConsultingGroups consulting, WorkingGroups groups, People people, GroupsProperties properties, Clock clock) {
        this.consulting = consulting;
        this.groups = groups;
        this.people = people;
        this.domains = properties.professionalDomains();
        this.clock = clock;
    }

    public GroupReading add(GroupId id, ExpectedVersion expected, Caller caller, NewMember member) {
        WorkingGroup group = responsibleFor(id, expected, caller);
        return saved(group.join(membership(group, member)), caller);
    }

    public GroupReading replace(GroupId id, PersonId leaving, ExpectedVersion expected, Caller caller, NewMember member) {
        WorkingGroup group = responsibleFor(id, expected, caller);
        return saved(group.replace(leaving, membership(group, member)), caller);
    }

    public GroupReading remove(GroupId id, PersonId leaving, ExpectedVersion expected, Caller caller) {
        WorkingGroup group = responsibleFor(id, expected, caller);
        return saved(group.leave(leaving), caller);
    }

    private WorkingGroup responsibleFor(GroupId id, ExpectedVersion expected, Caller caller) {
        WorkingGroup group = consulting.require(id);
        GroupReading reading = consulting.reading(group, caller);
        group.requireActive();
        if (!reading.manageable()) {
            throw new Refused(GroupRefusal.NOT_RESPONSIBLE, group.national()
                    ? "only the theme's DNE experts manage its national group"
                    : "only the DAN or the piloting inspector of " + group.academy().name() + " manage its academic group");
        }
        expected.check(group.version(), "group " + id);
        return group;
    }

    private Membership membership(WorkingGroup group, NewMember member) {
        if (member.role() == null) {
            throw Refused.invalid("role", "a member has a role in the group");
        }
        EmailAddress email = new EmailAddress(member.email());
        domains.require("email", email);
        if (INSPECTORS.contains(member.role()) && member.corps() == null) {
            throw Refused.invalid("corps", "an inspector's corps is IA_IPR, IEN_ET, IEN_EG, IEN_PREMIER_DEGRE or IEN_IO");
        }
        if (!INSPECTORS.contains(member.role()) && member.corps() != null) {
            throw Refused.invalid("corps", "only an inspector has a corps");
        }
        String academy = null;
        if (group.national() && member.role() == MemberRole.REFERENT) {
            if (member.academy() == null || Academy.byCode(member.academy()).isEmpty()) {
                throw Refused.invalid("academy", "a referent of the national group represents an académie, by ministry code (e.g. 10)");
            }
            academy = member.academy();
        }
        String name = Person.known(member.name(), email).name();
        Person person = people.registered(email, name);
        if (!person.name().equals(name)) {
            // Their address is theirs alone: the name given with it now is the one to show (a spelling corrected).
            person = people.save(person.named(name));
        }
        return new Membership(person.id(), member.role(), member.corps(), academy, clock.instant());
    }

    private GroupReading saved(WorkingGroup.Changed change, Caller caller) {
        return consulting.reading(groups.save(change), caller);
    }
}

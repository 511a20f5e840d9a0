package fr.education.traam.groups.group.application;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupMemberSeat;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.inbox.InboundEvent;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * The referent sits in both groups of their académie on a theme: when they change in one, the other follows, from the
 * events of the first (on the service's own topic), so that each group is written on its own with its events.
 *
 * <p>Idempotent by construction: the other group is made to hold the referent the first one holds now, which a second
 * delivery finds done. An event that no longer says what its group holds (someone changed it again since) is passed
 * over: the later event will be followed instead, so two people changing both groups at once cannot make them chase
 * each other.
 */
@Service
public class FollowingReferents {

    private final WorkingGroups groups;
    private final Clock clock;

    public FollowingReferents(WorkingGroups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    public void follow(InboundEvent<TraamEvent> event) {
        if (event.data() instanceof MemberJoined joined && joined.member().role() == MemberRole.REFERENT) {
            joined(joined);
        } else if (event.data() instanceof MemberLeft left && left.member().role() == MemberRole.REFERENT
                && left.reason() == DepartureReason.REMOVED) {
            left(left);
        }
    }

    private void joined(MemberJoined joined) {
        PersonId person = new PersonId(joined.member().memberId());
        Optional<WorkingGroup> source = groups.find(new GroupId(joined.group().groupId()));
        if (source.isEmpty() || source.get().member(person).filter(m -> m.is(MemberRole.REFERENT)).isEmpty()) {
            return;
        }
        String academy = academyOf(source.get(), joined.member());
        otherGroup(source.get(), academy).filter(WorkingGroup::active).ifPresent(other -> {
            Membership referent = new Membership(person, MemberRole.REFERENT, null, other.national() ? academy : null, clock.instant());
            Optional<Membership> held = other.referent(academy);
            if (held.isEmpty()) {
                if (other.member(person).isEmpty() && (!other.national() || other.seats().contains(academy))) {
                    groups.save(other.join(referent));
                }
            } else if (!held.get().person().equals(person) && other.member(person).isEmpty()) {
                groups.save(other.replace(held.get().person(), referent));
            }
        });
    }

    private void left(MemberLeft left) {
        PersonId person = new PersonId(left.member().memberId());
        Optional<WorkingGroup> source = groups.find(new GroupId(left.group().groupId()));
        if (source.isEmpty() || source.get().member(person).filter(m -> m.is(MemberRole.REFERENT)).isPresent()) {
            return;
        }
        String academy = academyOf(source.get(), left.member());
        otherGroup(source.get(), academy).filter(WorkingGroup::active)
                .filter(other -> other.referent(academy).filter(m -> m.person().equals(person)).isPresent())
                .ifPresent(other -> groups.save(other.leave(person)));
    }

    private static String academyOf(WorkingGroup group, GroupMemberSeat seat) {
        return group.national() ? seat.academy() : group.academy().code();
    }

    /** The académie's academic group for a national group, the theme's national group for an academic one. */
    private Optional<WorkingGroup> otherGroup(WorkingGroup group, String academy) {
        return groups.formedBy(group.current().selectionId()).stream()
                .filter(other -> group.national() ? !other.national() && other.academy().code().equals(academy) : other.national())
                .findFirst();
    }
}

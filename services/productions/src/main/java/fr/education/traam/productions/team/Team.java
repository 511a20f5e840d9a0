package fr.education.traam.productions.team;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import fr.education.traam.contract.groups.WorkingGroupFormed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A working group as this service sees it: which theme it works on now, its académie ({@code null} for a national
 * group), its members by id and role, whether it is still active. {@code applied} holds the ids of the latest events
 * applied, so that a redelivered event changes nothing (ADR 14).
 */
public record Team(
        String groupId,
        GroupKind kind,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        List<Seat> members,
        boolean active,
        List<String> applied) {

    /** How many applied event ids are remembered: far more than a redelivery can reach back. */
    static final int REMEMBERED = 200;

    public Team {
        members = List.copyOf(members);
        applied = List.copyOf(applied);
    }

    /** A member of the group: an opaque id and a role, never a name. */
    public record Seat(String memberId, MemberRole role) {
    }

    /** The group a formation event forms, or {@code null} for an event that says nothing of a group's members. */
    public static Team formedBy(String eventId, WorkingGroupFormed formed) {
        GroupReference g = formed.group();
        return new Team(g.groupId(), g.kind(), g.campaignId(), g.themeId(), g.academy(),
                formed.members().stream().map(m -> new Seat(m.memberId(), m.role())).toList(), true, List.of(eventId));
    }

    /** A group known only by a later event (its formation not seen yet, or lost): its reference and no members. */
    public static Team known(GroupReference g) {
        return new Team(g.groupId(), g.kind(), g.campaignId(), g.themeId(), g.academy(), List.of(), true, List.of());
    }

    public boolean hasApplied(String eventId) {
        return applied.contains(eventId);
    }

    /** This group after {@code event}; the same event twice changes nothing. */
    public Team apply(String eventId, TraamEvent event) {
        if (hasApplied(eventId)) {
            return this;
        }
        // The composition's verdict, the calendar, the progress reports and the workspace change nobody's seat.
        Team next = this;
        if (event instanceof WorkingGroupFormed formed) {
            next = new Team(groupId, kind, formed.group().campaignId(), formed.group().themeId(), academy,
                    formed.members().stream().map(m -> new Seat(m.memberId(), m.role())).toList(), active, applied);
        } else if (event instanceof MemberJoined joined) {
            next = withMembers(plus(joined.member().memberId(), joined.member().role()));
        } else if (event instanceof MemberLeft left) {
            next = withMembers(minus(left.member().memberId(), left.member().role()));
        } else if (event instanceof WorkingGroupContinued continued) {
            next = new Team(groupId, kind, continued.group().campaignId(), continued.group().themeId(), academy, members, true, applied);
        } else if (event instanceof WorkingGroupClosed) {
            next = new Team(groupId, kind, campaignId, themeId, academy, members, false, applied);
        }
        List<String> remembered = new ArrayList<>(next.applied);
        remembered.add(eventId);
        if (remembered.size() > REMEMBERED) {
            remembered = remembered.subList(remembered.size() - REMEMBERED, remembered.size());
        }
        return new Team(next.groupId, next.kind, next.campaignId, next.themeId, next.academy, next.members, next.active, remembered);
    }

    public boolean national() {
        return kind == GroupKind.NATIONAL;
    }

    /** Whether one of these member ids sits in the group, in one of {@code roles} (any role when empty). */
    public boolean seats(Set<String> memberIds, Set<MemberRole> roles) {
        return members.stream().anyMatch(s -> memberIds.contains(s.memberId()) && (roles.isEmpty() || roles.contains(s.role())));
    }

    /** The first of these member ids that sits in the group in one of {@code roles} (any role when empty), or null. */
    public String seated(Set<String> memberIds, Set<MemberRole> roles) {
        return members.stream().filter(s -> memberIds.contains(s.memberId()) && (roles.isEmpty() || roles.contains(s.role())))
                .map(Seat::memberId).findFirst().orElse(null);
    }

    private List<Seat> plus(String memberId, MemberRole role) {
        List<Seat> seats = new ArrayList<>(members);
        Seat seat = new Seat(memberId, role);
        if (!seats.contains(seat)) {
            seats.add(seat);
        }
        return seats;
    }

    private List<Seat> minus(String memberId, MemberRole role) {
        return members.stream().filter(s -> !(s.memberId().equals(memberId) && s.role() == role)).toList();
    }

    private Team withMembers(List<Seat> seats) {
        return new Team(groupId, kind, campaignId, themeId, academy, seats, active, applied);
    }
}

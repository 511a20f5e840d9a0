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
 * group), its members by id and role (one seat per member, as in the groups service), whether it is still active.
 * {@code applied} holds the ids of the latest events applied, so that a redelivered event changes nothing (ADR 14).
 * <p>
 * A group may become known by a later event before its formation is seen ({@code formed} false): it starts with no
 * members, and {@code departed} keeps who left meanwhile, so that the formation, when it comes, seats its members
 * without undoing what the later events said.
 */
public record Team(
        String groupId,
        GroupKind kind,
        String campaignId,
        String themeId,
        AcademyDetails academy,
        List<Seat> members,
        boolean active,
        List<String> applied,
        boolean formed,
        List<String> departed) {

    /** How many applied event ids are remembered: far more than a redelivery can reach back. */
    static final int REMEMBERED = 200;

    public Team {
        members = List.copyOf(members);
        applied = List.copyOf(applied);
        departed = formed ? List.of() : List.copyOf(departed);
    }

    /** A group whose formation was seen. */
    public Team(String groupId, GroupKind kind, String campaignId, String themeId, AcademyDetails academy, List<Seat> members,
                boolean active, List<String> applied) {
        this(groupId, kind, campaignId, themeId, academy, members, active, applied, true, List.of());
    }

    /** A member of the group: an opaque id and a role, never a name. */
    public record Seat(String memberId, MemberRole role) {
    }

    /** The group its formation event forms. */
    public static Team formedBy(String eventId, WorkingGroupFormed formed) {
        GroupReference g = formed.group();
        return new Team(g.groupId(), g.kind(), g.campaignId(), g.themeId(), g.academy(), seatsOf(formed), true, List.of(eventId));
    }

    /** A group known only by a later event (its formation not seen yet, or lost): its reference and no members. */
    public static Team known(GroupReference g) {
        return new Team(g.groupId(), g.kind(), g.campaignId(), g.themeId(), g.academy(), List.of(), true, List.of(), false,
                List.of());
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
            next = formedLate(formed);
        } else if (event instanceof MemberJoined joined) {
            next = joined(joined);
        } else if (event instanceof MemberLeft left) {
            next = left(left.member().memberId());
        } else if (event instanceof WorkingGroupContinued continued) {
            // The second year's campaign and theme; a continuation reopens a group the first year's end had closed.
            next = new Team(groupId, kind, continued.group().campaignId(), continued.group().themeId(), academy, members, true,
                    applied, formed, departed);
        } else if (event instanceof WorkingGroupClosed) {
            next = new Team(groupId, kind, campaignId, themeId, academy, members, false, applied, formed, departed);
        }
        List<String> remembered = new ArrayList<>(next.applied);
        remembered.add(eventId);
        if (remembered.size() > REMEMBERED) {
            remembered = remembered.subList(remembered.size() - REMEMBERED, remembered.size());
        }
        return new Team(next.groupId, next.kind, next.campaignId, next.themeId, next.academy, next.members, next.active,
                remembered, next.formed, next.departed);
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

    /**
     * A formation seen after later events of the group: its members join those the later events seated, except who
     * left since; the campaign, theme and state stay those of the later events, which are newer. A group formed
     * already is not formed again.
     */
    private Team formedLate(WorkingGroupFormed formation) {
        if (formed) {
            return this;
        }
        List<Seat> seats = new ArrayList<>(members);
        for (Seat seat : seatsOf(formation)) {
            boolean known = seats.stream().anyMatch(s -> s.memberId().equals(seat.memberId()));
            if (!known && !departed.contains(seat.memberId())) {
                seats.add(seat);
            }
        }
        return new Team(groupId, kind, campaignId, themeId, academy, seats, active, applied, true, List.of());
    }

    /** The member takes their seat; one replacing another takes the other's, even if their departure was not seen. */
    private Team joined(MemberJoined joined) {
        String memberId = joined.member().memberId();
        List<Seat> seats = new ArrayList<>(members.stream()
                .filter(s -> !s.memberId().equals(memberId) && !s.memberId().equals(joined.replacing())).toList());
        seats.add(new Seat(memberId, joined.member().role()));
        List<String> gone = new ArrayList<>(departed.stream().filter(id -> !id.equals(memberId)).toList());
        if (joined.replacing() != null && !joined.replacing().equals(memberId) && !gone.contains(joined.replacing())) {
            gone.add(joined.replacing());
        }
        return new Team(groupId, kind, campaignId, themeId, academy, seats, active, applied, formed, gone);
    }

    /** The member no longer sits in the group, whatever the role. */
    private Team left(String memberId) {
        List<String> gone = new ArrayList<>(departed);
        if (!gone.contains(memberId)) {
            gone.add(memberId);
        }
        return new Team(groupId, kind, campaignId, themeId, academy,
                members.stream().filter(s -> !s.memberId().equals(memberId)).toList(), active, applied, formed, gone);
    }

    private static List<Seat> seatsOf(WorkingGroupFormed formed) {
        return formed.members().stream().map(m -> new Seat(m.memberId(), m.role())).toList();
    }
}

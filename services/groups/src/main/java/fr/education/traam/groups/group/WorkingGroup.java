package fr.education.traam.groups.group;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupCompositionChanged;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.GroupStatus;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import fr.education.traam.contract.groups.WorkingGroupFormed;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.domain.Refused;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A working group of a theme: the national group (its DNE experts, the inspector general, the referent of each académie
 * the selection retains: its {@code seats}) or the academic group of one académie. Formed by a published national
 * selection, changed by those responsible for it, continued into the theme's second year or closed.
 *
 * <p>Every transition returns the group and its events. A change of members says who joined or left, and when it moves
 * the composition's verdict (status or unmet rules), a {@link GroupCompositionChanged} follows.
 */
public record WorkingGroup(
        GroupId id,
        GroupKind kind,
        AcademyDetails academy,
        List<Stint> stints,
        List<String> seats,
        List<Membership> members,
        GroupState state,
        ClosingReason closingReason,
        Instant closedAt,
        List<AppliedSelection> applied,
        long version) {

    /** The version of a group not yet stored. */
    public static final long NEW = -1;

    private static final Set<MemberRole> NATIONAL_ROLES = EnumSet.of(MemberRole.DNE_EXPERT, MemberRole.INSPECTOR_GENERAL,
            MemberRole.REFERENT);
    private static final Set<MemberRole> ACADEMIC_ROLES = EnumSet.of(MemberRole.PILOTING_INSPECTOR, MemberRole.TEACHER,
            MemberRole.REFERENT, MemberRole.CARDIE_REPRESENTATIVE);

    public WorkingGroup {
        stints = List.copyOf(stints);
        seats = List.copyOf(seats);
        members = List.copyOf(members);
        applied = List.copyOf(applied);
    }

    /** A group's state and the events of the change that led to it. */
    public record Changed(WorkingGroup group, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }

    /** The national group of a theme, formed by its published selection: experts, a seat for the inspector general, referents. */
    public static Changed formNational(GroupId id, Stint stint, int revision, List<String> seats, List<Membership> members) {
        WorkingGroup group = new WorkingGroup(id, GroupKind.NATIONAL, null, List.of(stint), seats, members, GroupState.ACTIVE,
                null, null, List.of(new AppliedSelection(stint.selectionId(), revision)), NEW);
        return group.formed(stint, revision);
    }

    /** An académie's academic group, formed from the team its candidature declared. */
    public static Changed formAcademic(GroupId id, AcademyDetails academy, Stint stint, int revision, List<Membership> members) {
        WorkingGroup group = new WorkingGroup(id, GroupKind.ACADEMIC, academy, List.of(stint), List.of(), members,
                GroupState.ACTIVE, null, null, List.of(new AppliedSelection(stint.selectionId(), revision)), NEW);
        return group.formed(stint, revision);
    }

    private Changed formed(Stint stint, int revision) {
        Composition composition = composition();
        return new Changed(this, List.of(new WorkingGroupFormed(reference(), stint.selectionId(), revision,
                members.stream().map(Membership::seat).toList(), composition.status(), composition.unmet())));
    }

    /** The campaign and theme the group works on now. */
    public Stint current() {
        return stints.get(stints.size() - 1);
    }

    public boolean active() {
        return state == GroupState.ACTIVE;
    }

    public boolean national() {
        return kind == GroupKind.NATIONAL;
    }

    public Composition composition() {
        return Composition.of(kind, academy == null ? null : academy.code(), seats, members);
    }

    public GroupStatus status() {
        return composition().status();
    }

    public Optional<Membership> member(PersonId person) {
        return members.stream().filter(m -> m.person().equals(person)).findFirst();
    }

    /** The referent of this academic group, or the national group's referent for {@code academyCode}. */
    public Optional<Membership> referent(String academyCode) {
        return members.stream().filter(m -> m.is(MemberRole.REFERENT) && (!national() || academyCode.equals(m.academy()))).findFirst();
    }

    /** The latest revision of {@code selectionId} this group followed, or -1. */
    public int revisionOf(String selectionId) {
        return applied.stream().filter(a -> a.selectionId().equals(selectionId)).mapToInt(AppliedSelection::revision).max().orElse(-1);
    }

    public GroupReference reference() {
        Stint current = current();
        return new GroupReference(id.value(), kind, current.campaignId().value(), current.themeId().value(), academy);
    }

    /** Someone joins the group in a role of its kind; a national group's referent represents a seated académie. */
    public Changed join(Membership joining) {
        requireActive();
        requireFits(joining);
        if (member(joining.person()).isPresent()) {
            throw new Refused(GroupRefusal.ALREADY_MEMBER, "member " + joining.person() + " already sits in group " + id);
        }
        List<Membership> updated = new ArrayList<>(members);
        updated.add(joining);
        return changed(updated, List.of(new MemberJoined(reference(), joining.seat(), null)), this);
    }

    /** Someone takes the place of a member, in the role given (usually the same one). */
    public Changed replace(PersonId leaving, Membership joining) {
        requireActive();
        Membership left = requireMember(leaving);
        requireFits(joining);
        if (!leaving.equals(joining.person()) && member(joining.person()).isPresent()) {
            throw new Refused(GroupRefusal.ALREADY_MEMBER, "member " + joining.person() + " already sits in group " + id);
        }
        List<Membership> updated = new ArrayList<>(members);
        updated.set(updated.indexOf(left), joining);
        return changed(updated, List.of(new MemberLeft(reference(), left.seat(), DepartureReason.REPLACED),
                new MemberJoined(reference(), joining.seat(), leaving.value())), this);
    }

    /** A member leaves the group. */
    public Changed leave(PersonId leaving) {
        requireActive();
        Membership left = requireMember(leaving);
        List<Membership> updated = new ArrayList<>(members);
        updated.remove(left);
        return changed(updated, List.of(new MemberLeft(reference(), left.seat(), DepartureReason.REMOVED)), this);
    }

    /**
     * A national group follows a revision of its selection: the académies it retains are its seats; the referent of an
     * académie no longer retained leaves, the referent of a newly retained one joins.
     */
    public Changed reseat(String selectionId, int revision, List<String> retained, List<Membership> referents) {
        List<Membership> updated = new ArrayList<>();
        List<TraamEvent> events = new ArrayList<>();
        for (Membership m : members) {
            if (m.is(MemberRole.REFERENT) && !retained.contains(m.academy())) {
                events.add(new MemberLeft(reference(), m.seat(), DepartureReason.REMOVED));
            } else {
                updated.add(m);
            }
        }
        for (Membership referent : referents) {
            boolean seatedAlready = seats.contains(referent.academy()) && retained.contains(referent.academy());
            if (!seatedAlready && updated.stream().noneMatch(m -> m.person().equals(referent.person()))) {
                updated.add(referent);
                events.add(new MemberJoined(reference(), referent.seat(), null));
            }
        }
        WorkingGroup reseated = new WorkingGroup(id, kind, academy, stints, retained, members, state, closingReason, closedAt,
                following(selectionId, revision), version);
        return reseated.changed(updated, events, this);
    }

    /** The group closes, read-only from now; closing a closed group changes nothing. */
    public Changed close(ClosingReason reason, Instant at) {
        if (!active()) {
            return new Changed(this, List.of());
        }
        WorkingGroup closed = new WorkingGroup(id, kind, academy, stints, seats, members, GroupState.CLOSED, reason, at, applied, version);
        return new Changed(closed, List.of(new WorkingGroupClosed(closed.reference(), reason)));
    }

    /**
     * The group carries on into its theme's second year with its members and history (reopening it if the first year's
     * end had closed it); continuing into the stint it works on already changes nothing.
     */
    public Changed continueInto(Stint next, int revision) {
        if (current().themeId().equals(next.themeId()) && current().campaignId().equals(next.campaignId())) {
            return new Changed(this, List.of());
        }
        Stint from = current();
        List<Stint> moved = new ArrayList<>(stints);
        moved.add(next);
        WorkingGroup continued = new WorkingGroup(id, kind, academy, moved, seats, members, GroupState.ACTIVE, null, null,
                following(next.selectionId(), revision), version);
        return new Changed(continued, List.of(new WorkingGroupContinued(continued.reference(), from.campaignId().value(),
                from.themeId().value(), next.selectionId())));
    }

    /** This group as stored with its new version. */
    public WorkingGroup withVersion(long newVersion) {
        return new WorkingGroup(id, kind, academy, stints, seats, members, state, closingReason, closedAt, applied, newVersion);
    }

    private List<AppliedSelection> following(String selectionId, int revision) {
        List<AppliedSelection> updated = new ArrayList<>(applied.stream().filter(a -> !a.selectionId().equals(selectionId)).toList());
        updated.add(new AppliedSelection(selectionId, revision));
        return updated;
    }

    private Changed changed(List<Membership> updatedMembers, List<TraamEvent> memberEvents, WorkingGroup before) {
        WorkingGroup after = new WorkingGroup(id, kind, academy, stints, seats, updatedMembers, state, closingReason, closedAt,
                applied, version);
        List<TraamEvent> events = new ArrayList<>(memberEvents);
        Composition was = before.composition();
        Composition now = after.composition();
        if (!was.equals(now)) {
            events.add(new GroupCompositionChanged(after.reference(), was.status(), now.status(), now.unmet()));
        }
        return new Changed(after, events);
    }

    /** 409 group-closed once the group closed: it is read-only, its members and its work alike. */
    public void requireActive() {
        if (!active()) {
            throw new Refused(GroupRefusal.GROUP_CLOSED, "group " + id + " closed (" + closingReason + "): it is read-only");
        }
    }

    private Membership requireMember(PersonId person) {
        return member(person).orElseThrow(() -> new Refused(GroupRefusal.MEMBER_NOT_FOUND,
                "no member " + person + " sits in group " + id));
    }

    private void requireFits(Membership joining) {
        Set<MemberRole> roles = national() ? NATIONAL_ROLES : ACADEMIC_ROLES;
        if (!roles.contains(joining.role())) {
            throw new Refused(GroupRefusal.ROLE_NOT_IN_GROUP, "a " + kind.name().toLowerCase() + " group has no " + joining.role()
                    + ": its roles are " + roles);
        }
        if (national() && joining.is(MemberRole.REFERENT) && !seats.contains(joining.academy())) {
            throw new Refused(GroupRefusal.ACADEMY_NOT_SEATED, "the selection does not retain académie " + joining.academy()
                    + " for this theme: its académies are " + seats);
        }
    }
}

package fr.education.traam.productions.team.application;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.MemberErased;
import fr.education.traam.contract.groups.MemberIdentified;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import fr.education.traam.contract.groups.WorkingGroupFormed;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.Teams;
import org.springframework.stereotype.Service;

import java.util.Locale;

/**
 * Keeps the view of the groups and of their members' identities. Idempotent by construction (ADR 14): a group
 * remembers the ids of the events it applied; an identity is replaced whole by member id.
 */
@Service
public class FollowingGroups {

    private final Teams teams;
    private final MemberIdentities identities;

    FollowingGroups(Teams teams, MemberIdentities identities) {
        this.teams = teams;
        this.identities = identities;
    }

    /** An event of {@code traam.groups}. */
    public void follow(InboundEvent<?> event) {
        TraamEvent data = event.data();
        GroupReference reference = null;
        if (data instanceof WorkingGroupFormed e) {
            reference = e.group();
        } else if (data instanceof MemberJoined e) {
            reference = e.group();
        } else if (data instanceof MemberLeft e) {
            reference = e.group();
        } else if (data instanceof WorkingGroupContinued e) {
            reference = e.group();
        } else if (data instanceof WorkingGroupClosed e) {
            reference = e.group();
        }
        if (reference == null) {
            return;
        }
        // A group's events share its key, so they come in order; one before the formation means the formation was
        // lost or is replayed later: the group is known from the event's reference until then (see Team).
        Team current = teams.find(reference.groupId()).orElse(null);
        Team next;
        if (current == null && data instanceof WorkingGroupFormed formed) {
            next = Team.formedBy(event.id(), formed);
        } else {
            next = (current == null ? Team.known(reference) : current).apply(event.id(), data);
        }
        if (!next.equals(current)) {
            teams.save(next);
        }
    }

    /** An event of the restricted {@code traam.groups.people}. */
    public void identify(InboundEvent<?> event) {
        if (event.data() instanceof MemberIdentified e) {
            // Stored as a token's address is compared (Caller: trimmed, lower case).
            String email = e.identity().email() == null || e.identity().email().isBlank() ? null
                    : e.identity().email().trim().toLowerCase(Locale.ROOT);
            String subject = e.identity().subject() == null || e.identity().subject().isBlank() ? null : e.identity().subject();
            identities.identified(e.memberId(), email, subject);
        } else if (event.data() instanceof MemberErased e) {
            identities.erased(e.memberId());
        }
    }
}

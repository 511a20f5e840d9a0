package fr.education.traam.productions.team.application;

import fr.education.traam.kit.security.Caller;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.TeamSeat;
import fr.education.traam.productions.team.Teams;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a caller is in the groups: the member ids their token's professional address or subject is recognised by
 * (traam.groups.people, ADR 24), and the seats those ids hold in active groups.
 */
@Service
public class RecognisingMembers {

    private final Teams teams;
    private final MemberIdentities identities;

    RecognisingMembers(Teams teams, MemberIdentities identities) {
        this.teams = teams;
        this.identities = identities;
    }

    /** The member ids the caller's address or token subject is recognised by; none for no caller. */
    public Set<String> memberIdsOf(Caller caller) {
        if (caller == null) {
            return Set.of();
        }
        // Caller.of lower-cases the token's address; a Caller built otherwise is held to the same.
        String email = caller.emailAddress().filter(e -> !e.isBlank()).map(e -> e.trim().toLowerCase(Locale.ROOT)).orElse(null);
        String subject = caller.subject() == null || caller.subject().isBlank() ? null : caller.subject();
        return identities.recognising(email, subject);
    }

    /** The caller's seats in the active groups (a closed group is read-only: nobody writes or reviews in it). */
    public List<TeamSeat> seatsOf(Caller caller) {
        Set<String> ids = memberIdsOf(caller);
        if (ids.isEmpty()) {
            return List.of();
        }
        return teams.seating(ids).stream().filter(Team::active)
                .flatMap(team -> team.members().stream().filter(seat -> ids.contains(seat.memberId()))
                        .map(seat -> new TeamSeat(team, seat)))
                .toList();
    }
}

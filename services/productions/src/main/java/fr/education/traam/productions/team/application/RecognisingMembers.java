package fr.education.traam.productions.team.application;

import fr.education.traam.kit.security.Caller;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.TeamSeat;
import fr.education.traam.productions.team.Teams;
import org.springframework.stereotype.Service;

import java.util.List;
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

    public Set<String> memberIdsOf(Caller caller) {
        if (caller == null) {
            return Set.of();
        }
        return identities.recognising(caller.emailAddress().orElse(null), caller.subject());
    }

    public List<TeamSeat> seatsOf(Caller caller) {
        Set<String> ids = memberIdsOf(caller);
        if (ids.isEmpty()) {
            return List.of();
        }
        return teams.seating(ids).stream().filter(team -> team.active())
                .flatMap(team -> team.members().stream().filter(seat -> ids.contains(seat.memberId()))
                        .map(seat -> new TeamSeat(team, seat)))
                .toList();
    }
}

package fr.education.traam.productions.team.persistence;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.productions.team.Team;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * A group as stored: {@code memberIds} repeats the members' ids for the caller's groups; {@code formed} is absent
 * (true) for a group whose formation was seen, as every group stored before it existed.
 */
@Document(MongoTeams.COLLECTION)
record TeamDocument(@Id String id, String kind, String campaignId, String themeId, String academyCode, String academyName,
                    List<SeatDocument> members, List<String> memberIds, boolean active, List<String> applied,
                    Boolean formed, List<String> departed) {

    record SeatDocument(String memberId, String role) {
    }

    static TeamDocument of(Team t) {
        return new TeamDocument(t.groupId(), t.kind().name(), t.campaignId(), t.themeId(),
                t.academy() == null ? null : t.academy().code(), t.academy() == null ? null : t.academy().name(),
                t.members().stream().map(s -> new SeatDocument(s.memberId(), s.role().name())).toList(),
                t.members().stream().map(Team.Seat::memberId).distinct().toList(), t.active(), t.applied(),
                t.formed() ? null : Boolean.FALSE, t.formed() ? null : t.departed());
    }

    Team toTeam() {
        return new Team(id, GroupKind.valueOf(kind), campaignId, themeId,
                academyCode == null ? null : new AcademyDetails(academyCode, academyName),
                members.stream().map(s -> new Team.Seat(s.memberId(), MemberRole.valueOf(s.role()))).toList(), active,
                applied == null ? List.of() : applied, formed == null || formed, departed == null ? List.of() : departed);
    }
}

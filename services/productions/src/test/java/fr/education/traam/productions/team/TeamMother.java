package fr.education.traam.productions.team;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.GroupMemberSeat;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.GroupStatus;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.WorkingGroupFormed;

import java.util.List;

/** Group events as the groups service publishes them, for the productions' tests. */
public final class TeamMother {

    public static final AcademyDetails LYON = new AcademyDetails("10", "Lyon");

    private TeamMother() {
    }

    public static GroupReference academic(String groupId, String campaignId, String themeId, AcademyDetails academy) {
        return new GroupReference(groupId, GroupKind.ACADEMIC, campaignId, themeId, academy);
    }

    public static GroupReference national(String groupId, String campaignId, String themeId) {
        return new GroupReference(groupId, GroupKind.NATIONAL, campaignId, themeId, null);
    }

    public static GroupMemberSeat seat(String memberId, MemberRole role) {
        return new GroupMemberSeat(memberId, role, role == MemberRole.PILOTING_INSPECTOR ? "IA_IPR" : null, null);
    }

    public static WorkingGroupFormed formed(GroupReference group, GroupMemberSeat... members) {
        return new WorkingGroupFormed(group, "selection-1", 0, List.of(members), GroupStatus.COMPLETE, List.of());
    }
}

package fr.education.traam.groups.privacy;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.Stint;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.reference.people.InspectorCorps;

import java.time.Instant;
import java.util.List;

/** Working groups as the domain tests need them: an académie's group, the theme's national group, closed or not. */
public final class GroupMother {

    public static final Instant FORMED = Instant.parse("2027-06-20T08:00:00Z");

    private GroupMother() {
    }

    public static WorkingGroup academic(String campaignId, String academyCode, String academyName, Membership... members) {
        Stint stint = new Stint(new CampaignId(campaignId), new ThemeId("theme"), campaignId + "/theme", FORMED);
        return WorkingGroup.formAcademic(GroupId.academic(campaignId, "theme", academyCode),
                new AcademyDetails(academyCode, academyName), stint, 0, List.of(members)).group();
    }

    public static WorkingGroup national(String campaignId, Membership... members) {
        Stint stint = new Stint(new CampaignId(campaignId), new ThemeId("theme"), campaignId + "/theme", FORMED);
        return WorkingGroup.formNational(GroupId.national(campaignId, "theme"), stint, 0, List.of("10"), List.of(members)).group();
    }

    public static WorkingGroup closed(WorkingGroup group, Instant at) {
        return group.close(ClosingReason.NOT_RETAINED, at).group();
    }

    public static Membership teacher(PersonId person) {
        return new Membership(person, MemberRole.TEACHER, null, null, FORMED);
    }

    public static Membership pilotingInspector(PersonId person) {
        return new Membership(person, MemberRole.PILOTING_INSPECTOR, InspectorCorps.IA_IPR, null, FORMED);
    }

    public static Membership nationalReferent(PersonId person, String academyCode) {
        return new Membership(person, MemberRole.REFERENT, null, academyCode, FORMED);
    }
}

package fr.education.traam.groups.group;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.candidatures.AcademicTeam;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.GroupMember;
import fr.education.traam.contract.candidatures.SelectedTeam;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.people.InspectorCorps;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Campaigns, selected teams and groups as the tests need them. */
public final class GroupMother {

    public static final Instant AT = Instant.parse("2031-06-20T08:00:00Z");
    public static final String EXPERT = "expert-lettres";
    public static final String THEME = "ia-et-ecriture";
    public static final String THEME_YEAR_TWO = "ia-et-ecriture-2";
    public static final CampaignCalendar CALENDAR = new CampaignCalendar(LocalDate.of(2031, 3, 15), LocalDate.of(2031, 5, 14),
            LocalDate.of(2031, 6, 18), LocalDate.of(2031, 9, 1), LocalDate.of(2032, 9, 1), LocalDate.of(2033, 7, 6));

    private GroupMother() {
    }

    public static ThemeDetails theme(String themeId, ThemeCycle cycle, String continues) {
        return new ThemeDetails(themeId, "IA et écriture", "L'IA générative et l'écriture des élèves", ThemeKind.INTERDISCIPLINARY,
                List.of("Lettres"), List.of(new DneExpert(EXPERT, "Claire Martin")), 6, cycle, continues);
    }

    public static CampaignCreated campaign(String campaignId, ThemeDetails... themes) {
        return new CampaignCreated(campaignId, "2031-2032", "TraAM 2031-2032", CALENDAR, List.of(themes), EXPERT);
    }

    /** The team an académie declared: 3 teachers, unless {@code referentAmongTeachers} makes the referent one of them. */
    public static AcademicTeam team(Academy academy, boolean referentAmongTeachers) {
        String domain = "ac-" + Normalizer.normalize(academy.label(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase().replace(' ', '-').replace("'", "") + ".fr";
        GroupMember referent = new GroupMember("Référente " + academy.label(), "referent." + academy.code() + "@" + domain);
        List<GroupMember> teachers = new ArrayList<>(List.of(
                new GroupMember("Enseignant A " + academy.label(), "a." + academy.code() + "@" + domain),
                new GroupMember("Enseignant B " + academy.label(), "b." + academy.code() + "@" + domain)));
        teachers.add(referentAmongTeachers ? referent : new GroupMember("Enseignant C " + academy.label(), "c." + academy.code() + "@" + domain));
        return new AcademicTeam(new GroupMember("Inspectrice " + academy.label(), "ipr." + academy.code() + "@" + domain), "IA_IPR",
                teachers, referent, new GroupMember("CARDIE " + academy.label(), "cardie." + academy.code() + "@" + domain));
    }

    public static SelectedTeam selected(Academy academy, CandidatureKind kind, boolean referentAmongTeachers) {
        return new SelectedTeam(academy.details(), "candidature-" + academy.code(), kind, team(academy, referentAmongTeachers));
    }

    public static SelectedTeamsTransmitted teams(String campaignId, String themeId, ThemeCycle cycle, int revision, SelectedTeam... teams) {
        return new SelectedTeamsTransmitted(campaignId + "/" + themeId, campaignId, themeId, cycle, revision, List.of(teams));
    }

    public static Stint stint(String campaignId, String themeId) {
        return new Stint(new CampaignId(campaignId), new ThemeId(themeId), campaignId + "/" + themeId, AT);
    }

    public static Membership member(String id, MemberRole role) {
        return new Membership(new PersonId(id), role, role == MemberRole.PILOTING_INSPECTOR ? InspectorCorps.IA_IPR : null, null, AT);
    }

    public static Membership referent(String id, String academy) {
        return new Membership(new PersonId(id), MemberRole.REFERENT, null, academy, AT);
    }

    /** Lyon's academic group, complete: its inspector, three teachers, its referent, its CARDIE representative. */
    public static WorkingGroup lyon() {
        AcademyDetails lyon = Academy.byCode("10").orElseThrow().details();
        return WorkingGroup.formAcademic(GroupId.academic("c", THEME, "10"), lyon, stint("c", THEME), 0, List.of(
                member("ipr", MemberRole.PILOTING_INSPECTOR), member("t1", MemberRole.TEACHER), member("t2", MemberRole.TEACHER),
                member("t3", MemberRole.TEACHER), member("ref", MemberRole.REFERENT),
                member("cardie", MemberRole.CARDIE_REPRESENTATIVE))).group().withVersion(0);
    }

    // Groups on a theme called "theme", for the personal-data tests, formed at FORMED.

    public static final Instant FORMED = Instant.parse("2027-06-20T08:00:00Z");

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

package fr.education.traam.groups.privacy;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.Stint;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the integration tests start from, written through the service's own ports as its use cases write it: a campaign
 * in the campaign view, people registered by their address, academic groups stored with their events (the outbox).
 */
public final class Seeds {

    public static final String THEME = "ia-et-ecriture";

    private final Campaigns campaigns;
    private final People people;
    private final WorkingGroups groups;
    /** Keeps the addresses of one test apart from every other's. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    public Seeds(Campaigns campaigns, People people, WorkingGroups groups) {
        this.campaigns = campaigns;
        this.people = people;
        this.groups = groups;
    }

    /** A campaign of one theme, as the view knows it from traam.campaigns, closing on {@code closing}. */
    public String campaignClosing(LocalDate closing) {
        String campaignId = "campaign-" + UUID.randomUUID();
        int year = closing.getYear() - 2;
        CampaignCreated created = new CampaignCreated(campaignId, year + "-" + (year + 1), "TraAM " + year, new CampaignCalendar(
                LocalDate.of(year, 3, 15), LocalDate.of(year, 5, 14), LocalDate.of(year, 6, 18), LocalDate.of(year, 9, 1),
                LocalDate.of(year + 1, 9, 1), closing),
                List.of(new ThemeDetails(THEME, "IA et écriture", "L'IA générative et l'écriture des élèves",
                        ThemeKind.INTERDISCIPLINARY, List.of("Lettres"), List.of(new DneExpert("expert-" + run, "Claire Martin")),
                        6, ThemeCycle.FIRST_YEAR, null)), "expert-" + run);
        campaigns.save(Campaign.createdBy(UUID.randomUUID().toString(), created));
        return campaignId;
    }

    /** Someone with a professional address of this test alone, e.g. {@code person("Maelle Kerbrat", "ac-lyon.fr")}. */
    public Person person(String name, String domain) {
        String local = name.toLowerCase().replace(' ', '.') + "." + run;
        return people.registered(new EmailAddress(local + "@" + domain), name + " " + run);
    }

    /**
     * An académie's academic group on the campaign's theme: a piloting inspector, the teachers given (and others up to
     * three), a referent and a CARDIE representative, each someone of their own but the teachers.
     */
    public WorkingGroup academicGroup(String campaignId, String academyCode, String academyName, Person... teachers) {
        Instant at = Instant.now();
        String domain = "ac-" + academyName.toLowerCase() + ".fr";
        List<Membership> members = new ArrayList<>();
        members.add(new Membership(person("Inspecteur " + academyCode, domain).id(), MemberRole.PILOTING_INSPECTOR,
                InspectorCorps.IA_IPR, null, at));
        for (Person teacher : teachers) {
            members.add(new Membership(teacher.id(), MemberRole.TEACHER, null, null, at));
        }
        for (int i = teachers.length; i < 3; i++) {
            members.add(new Membership(person("Enseignant " + academyCode + " " + i, domain).id(), MemberRole.TEACHER, null, null, at));
        }
        members.add(new Membership(person("Referent " + academyCode, domain).id(), MemberRole.REFERENT, null, null, at));
        members.add(new Membership(person("Cardie " + academyCode, domain).id(), MemberRole.CARDIE_REPRESENTATIVE, null, null, at));
        Stint stint = new Stint(new CampaignId(campaignId), new ThemeId(THEME), campaignId + "/" + THEME, at);
        return groups.save(WorkingGroup.formAcademic(GroupId.academic(campaignId, THEME, academyCode),
                new AcademyDetails(academyCode, academyName), stint, 0, members));
    }

    /** The group closes, its académie no longer retained by an amendment of the selection. */
    public WorkingGroup closed(WorkingGroup group) {
        return groups.save(group.close(ClosingReason.NOT_RETAINED, Instant.now()));
    }
}

package fr.education.traam.groups.work.web;

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
import fr.education.traam.testkit.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A theme of its own for each test: its campaign in this service's campaign view, its national group (an expert, the
 * referent of Lyon) and Lyon's academic group, stored through the ports as the selections would form them, and the
 * tokens of the people around it.
 */
final class TheTheme {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final String campaignId = "campaign-" + UUID.randomUUID();
    final String themeId = "theme-ia";
    final String expertSubject = "expert-" + UUID.randomUUID();
    final String referentEmail = "sophie.durand." + UUID.randomUUID().toString().substring(0, 8) + "@ac-lyon.fr";
    final WorkingGroup national;
    final WorkingGroup lyon;
    final Person referent;

    TheTheme(Campaigns campaigns, WorkingGroups groups, People people) {
        campaigns.save(Campaign.createdBy("event-" + UUID.randomUUID(), new CampaignCreated(campaignId, "2027-2028",
                "TraAM 2027-2028", new CampaignCalendar(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14),
                LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6)),
                List.of(new ThemeDetails(themeId, "IA et écriture", "Écrire avec et sur l'IA", ThemeKind.DISCIPLINARY,
                        List.of("Lettres"), List.of(new DneExpert(expertSubject, "Awa Traoré")), 6, ThemeCycle.FIRST_YEAR, null)),
                "expert-lettres")));
        Instant now = Instant.now();
        Stint stint = new Stint(new CampaignId(campaignId), new ThemeId(themeId), campaignId + "/" + themeId, now);
        Person expert = people.registeredExpert(expertSubject, "Awa Traoré");
        referent = people.registered(new EmailAddress(referentEmail), "Sophie Durand");
        Person inspector = person(people, "helene.robert", "Hélène Robert");
        national = groups.save(WorkingGroup.formNational(GroupId.national(campaignId, themeId), stint, 0, List.of("10"), List.of(
                new Membership(expert.id(), MemberRole.DNE_EXPERT, null, null, now),
                new Membership(referent.id(), MemberRole.REFERENT, null, "10", now))));
        lyon = groups.save(WorkingGroup.formAcademic(GroupId.academic(campaignId, themeId, "10"), new AcademyDetails("10", "Lyon"),
                stint, 0, List.of(new Membership(inspector.id(), MemberRole.PILOTING_INSPECTOR, InspectorCorps.IA_IPR, null, now),
                        new Membership(person(people, "paul.martin", "Paul Martin").id(), MemberRole.TEACHER, null, null, now),
                        new Membership(referent.id(), MemberRole.REFERENT, null, null, now))));
    }

    private static Person person(People people, String local, String name) {
        return people.registered(new EmailAddress(local + "." + UUID.randomUUID().toString().substring(0, 8) + "@ac-lyon.fr"), name);
    }

    String expert() {
        return TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, expertSubject);
    }

    /** Another theme's expert: a DNE expert, but not this theme's. */
    static String anotherExpert() {
        return TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, "expert-" + UUID.randomUUID());
    }

    String referent() {
        return TestInfrastructure.tokens().bearerOfPerson(List.of("TEACHER"), "10", "teacher-" + UUID.randomUUID(), referentEmail);
    }

    static String stranger() {
        return TestInfrastructure.tokens().bearerOfPerson(List.of("TEACHER"), "10", "teacher-" + UUID.randomUUID(),
                "quelqu.un." + UUID.randomUUID().toString().substring(0, 8) + "@ac-lyon.fr");
    }

    static String dan(String academy) {
        return TestInfrastructure.tokens().bearer("DAN", academy);
    }
}

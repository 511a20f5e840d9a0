package fr.education.traam.groups.group.application;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.GroupRefusal;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.reference.people.EmailAddress;
import org.springframework.stereotype.Service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the groups, each as far as the caller may see it. */
@Service
public class ConsultingGroups {

    private final WorkingGroups groups;
    private final People people;
    private final Campaigns campaigns;

    public ConsultingGroups(WorkingGroups groups, People people, Campaigns campaigns) {
        this.groups = groups;
        this.people = people;
        this.campaigns = campaigns;
    }

    /** The groups working on a theme of a campaign, the national group first; 404 for a campaign or theme not known. */
    public List<GroupReading> ofTheme(CampaignId campaignId, ThemeId themeId, Caller caller) {
        Theme theme = campaigns.require(campaignId).requireTheme(themeId);
        List<WorkingGroup> ofTheme = groups.workingOn(campaignId, themeId);
        WorkingGroup national = ofTheme.stream().filter(WorkingGroup::national).findFirst().orElse(null);
        Map<PersonId, Person> everyone = peopleOf(ofTheme);
        return ofTheme.stream().map(group -> reading(caller, group, theme, national, everyone)).toList();
    }

    public GroupReading group(GroupId id, Caller caller) {
        WorkingGroup group = require(id);
        return reading(group, caller);
    }

    /** The groups in which the caller sits, known by their professional address or, for an expert, their subject. */
    public List<GroupReading> mine(Caller caller) {
        Optional<Person> person = caller.emailAddress().filter(email -> email.matches(EmailAddress.PATTERN))
                .flatMap(email -> people.withEmail(new EmailAddress(email)));
        if (person.isEmpty()) {
            return List.of();
        }
        return groups.withMember(person.get().id()).stream().map(group -> reading(group, caller)).toList();
    }

    /**
     * The national group of the theme a group works on: itself, or the one whose latest stint came from the same national
     * selection (in year two, the continued national group).
     */
    public Optional<WorkingGroup> nationalGroupOf(WorkingGroup group) {
        if (group.national()) {
            return Optional.of(group);
        }
        return groups.formedBy(group.current().selectionId()).stream().filter(WorkingGroup::national).findFirst();
    }

    WorkingGroup require(GroupId id) {
        return groups.find(id).orElseThrow(() -> new Refused(GroupRefusal.GROUP_NOT_FOUND, "no working group has the id " + id));
    }

    GroupReading reading(WorkingGroup group, Caller caller) {
        Theme theme = campaigns.find(group.current().campaignId()).flatMap(c -> c.theme(group.current().themeId())).orElse(null);
        WorkingGroup national = nationalGroupOf(group).orElse(null);
        return reading(caller, group, theme, national, peopleOf(national == null ? List.of(group) : List.of(group, national)));
    }

    private GroupReading reading(Caller caller, WorkingGroup group, Theme theme, WorkingGroup national, Map<PersonId, Person> everyone) {
        GroupAccess access = new GroupAccess(caller, group, theme, national, everyone);
        return new GroupReading(group, access.maySee(), access.mayManage(), everyone);
    }

    private Map<PersonId, Person> peopleOf(List<WorkingGroup> someGroups) {
        Set<PersonId> ids = new HashSet<>();
        for (WorkingGroup group : someGroups) {
            group.members().stream().map(Membership::person).forEach(ids::add);
        }
        return people.findAll(ids);
    }
}

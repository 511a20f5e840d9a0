package fr.education.traam.groups.group.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.candidatures.AcademicTeam;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.GroupMember;
import fr.education.traam.contract.candidatures.SelectedTeam;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.Stint;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forms, continues and closes the working groups from the teams of a theme's national selection, as it stands after its
 * publication (revision 0) or an amendment (revision n).
 *
 * <p>Idempotent by construction (ADR 14): a group's id derives from what formed it, so forming it again finds it; closing
 * and continuing change nothing the second time; the national group, stored last, records the revision it followed, and
 * a revision it has followed already, or an older one, is ignored.
 */
@Service
public class FormingGroups {

    private static final Logger log = LoggerFactory.getLogger(FormingGroups.class);

    private final Campaigns campaigns;
    private final WorkingGroups groups;
    private final People people;

    public FormingGroups(Campaigns campaigns, WorkingGroups groups, People people) {
        this.campaigns = campaigns;
        this.groups = groups;
        this.people = people;
    }

    public void follow(InboundEvent<SelectedTeamsTransmitted> event) {
        SelectedTeamsTransmitted selection = event.data();
        Campaign campaign = campaigns.require(new CampaignId(selection.campaignId()));
        Theme theme = campaign.requireTheme(new ThemeId(selection.themeId()));
        Stint stint = new Stint(campaign.id(), theme.id(), selection.selectionId(), event.time());
        Optional<WorkingGroup> national = nationalGroupFor(selection, theme);
        if (national.isPresent() && national.get().revisionOf(selection.selectionId()) >= selection.revision()) {
            log.info("Selection {} revision {} was followed already", selection.selectionId(), selection.revision());
            return;
        }
        List<String> retained = selection.teams().stream().map(t -> t.academy().code()).toList();
        Map<String, Membership> referents = new LinkedHashMap<>();
        for (SelectedTeam team : selection.teams()) {
            referents.put(team.academy().code(), formOrContinueAcademicGroup(team, theme, stint, selection.revision()));
        }
        closeThoseNoLongerRetained(selection, theme, retained, event.time());
        if (national.isEmpty()) {
            List<Membership> members = new ArrayList<>(experts(theme, event.time()));
            members.addAll(referents.values());
            save(WorkingGroup.formNational(GroupId.national(selection.campaignId(), selection.themeId()), stint,
                    selection.revision(), retained, members));
        } else {
            WorkingGroup group = national.get();
            WorkingGroup.Changed continued = group.continueInto(stint, selection.revision());
            WorkingGroup.Changed reseated = continued.group().reseat(selection.selectionId(), selection.revision(), retained,
                    List.copyOf(referents.values()));
            List<TraamEvent> events = new ArrayList<>(continued.events());
            events.addAll(reseated.events());
            groups.save(new WorkingGroup.Changed(reseated.group(), events));
        }
    }

    /**
     * The theme's national group: the one this selection formed or continued already, or for a second year the first
     * year's, which carries on; none yet for a first publication.
     */
    private Optional<WorkingGroup> nationalGroupFor(SelectedTeamsTransmitted selection, Theme theme) {
        Optional<WorkingGroup> followed = groups.formedBy(selection.selectionId()).stream().filter(WorkingGroup::national).findFirst();
        if (followed.isPresent() || theme.continued().isEmpty()) {
            return followed;
        }
        return groups.workingOnTheme(theme.continued().get()).stream().filter(WorkingGroup::national).findFirst();
    }

    /** The academic group of a selected académie, formed from its team or, for a continuation, carried on; its referent. */
    private Membership formOrContinueAcademicGroup(SelectedTeam team, Theme theme, Stint stint, int revision) {
        Instant at = stint.from();
        String code = team.academy().code();
        Optional<WorkingGroup> followed = groups.formedBy(stint.selectionId()).stream()
                .filter(g -> !g.national() && g.academy().code().equals(code)).findFirst();
        Optional<WorkingGroup> continuing = followed.isEmpty() && team.kind() == CandidatureKind.CONTINUATION
                && theme.continued().isPresent() ? previousGroupOf(code, theme.continued().get()) : Optional.empty();
        WorkingGroup group;
        if (followed.isPresent()) {
            group = followed.get();
        } else if (continuing.isPresent()) {
            group = groups.save(continuing.get().continueInto(stint, revision));
        } else {
            GroupId id = GroupId.academic(stint.campaignId().value(), stint.themeId().value(), code);
            group = groups.find(id).orElseGet(() -> save(WorkingGroup.formAcademic(id, team.academy(), stint, revision,
                    members(team.team(), at))));
        }
        Membership referent = group.referent(team.academy().code()).orElseGet(() -> membership(team.team().referent(),
                MemberRole.REFERENT, null, at));
        return new Membership(referent.person(), MemberRole.REFERENT, null, team.academy().code(), referent.since());
    }

    private void closeThoseNoLongerRetained(SelectedTeamsTransmitted selection, Theme theme, List<String> retained, Instant at) {
        for (WorkingGroup group : groups.formedBy(selection.selectionId())) {
            if (!group.national() && group.active() && !retained.contains(group.academy().code())) {
                groups.save(group.close(ClosingReason.NOT_RETAINED, at));
            }
        }
        if (theme.continued().isPresent() && selection.revision() == 0) {
            for (WorkingGroup group : groups.workingOnTheme(theme.continued().get())) {
                if (!group.national() && group.active() && !retained.contains(group.academy().code())) {
                    groups.save(group.close(ClosingReason.NOT_CONTINUED, at));
                }
            }
        }
    }

    private Optional<WorkingGroup> previousGroupOf(String academyCode, ThemeId firstYearTheme) {
        return groups.workingOnTheme(firstYearTheme).stream()
                .filter(g -> !g.national() && g.academy().code().equals(academyCode)).findFirst();
    }

    private List<Membership> experts(Theme theme, Instant at) {
        List<Membership> experts = new ArrayList<>();
        for (DneExpert expert : theme.experts()) {
            PersonId person = people.registeredExpert(expert.id(), expert.name()).id();
            experts.add(new Membership(person, MemberRole.DNE_EXPERT, null, null, at));
        }
        return experts;
    }

    private List<Membership> members(AcademicTeam team, Instant at) {
        List<Membership> members = new ArrayList<>();
        InspectorCorps corps = team.inspectorCorps() == null ? null : InspectorCorps.valueOf(team.inspectorCorps());
        members.add(membership(team.inspector(), MemberRole.PILOTING_INSPECTOR, corps, at));
        Membership referent = membership(team.referent(), MemberRole.REFERENT, null, at);
        for (GroupMember teacher : team.teachers()) {
            Membership member = membership(teacher, MemberRole.TEACHER, null, at);
            // A referent listed among the teachers is one person with one place: the referent's.
            if (!member.person().equals(referent.person()) && members.stream().noneMatch(m -> m.person().equals(member.person()))) {
                members.add(member);
            }
        }
        members.add(referent);
        Membership cardie = membership(team.cardie(), MemberRole.CARDIE_REPRESENTATIVE, null, at);
        if (members.stream().noneMatch(m -> m.person().equals(cardie.person()))) {
            members.add(cardie);
        }
        return members;
    }

    private Membership membership(GroupMember member, MemberRole role, InspectorCorps corps, Instant at) {
        PersonId person = people.registered(new EmailAddress(member.email()), member.name()).id();
        return new Membership(person, role, corps, null, at);
    }

    private WorkingGroup save(WorkingGroup.Changed change) {
        try {
            return groups.save(change);
        } catch (WorkingGroups.GroupAlreadyFormed formedAlready) {
            return groups.find(change.group().id()).orElseThrow(() -> formedAlready);
        }
    }
}

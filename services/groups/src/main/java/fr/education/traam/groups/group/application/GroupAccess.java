package fr.education.traam.groups.group.application;

import fr.education.traam.campaignview.Theme;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;

import java.util.Map;
import java.util.Optional;

/**
 * Who may see a group's members and who may change them. Members read their own groups; DAN and academic inspectors
 * their académie's; the theme's DNE experts and its inspector general every group of the theme; operators every group.
 * The académie's DAN or piloting inspector manage its academic group, the theme's DNE experts its national group.
 *
 * @param theme    the theme the group works on now, when the campaign view knows it
 * @param national the theme's national group, for knowing its inspector general (null when not at hand)
 * @param people   the people of the group (and of the national group), by id
 */
record GroupAccess(Caller caller, WorkingGroup group, Theme theme, WorkingGroup national, Map<PersonId, Person> people) {

    boolean maySee() {
        if (caller == null) {
            return false;
        }
        return caller.has(Role.OPERATOR) || leadsTheme() || isInspectorGeneralOfTheme() || ofTheAcademy() || sitsIn(group);
    }

    boolean mayManage() {
        if (caller == null || !group.active()) {
            return false;
        }
        if (group.national()) {
            return leadsTheme();
        }
        return ofTheAcademy() && (caller.has(Role.DAN) || isPilotingInspector());
    }

    private boolean leadsTheme() {
        return caller.has(Role.DNE_EXPERT) && theme != null && theme.ledBy(caller.subject());
    }

    private boolean isInspectorGeneralOfTheme() {
        return caller.has(Role.INSPECTOR_GENERAL) && national != null
                && national.members().stream().filter(m -> m.is(MemberRole.INSPECTOR_GENERAL)).anyMatch(this::isCaller);
    }

    private boolean ofTheAcademy() {
        return !group.national() && (caller.has(Role.DAN) || caller.has(Role.ACADEMIC_INSPECTOR))
                && caller.academyCode().filter(code -> code.equals(group.academy().code())).isPresent();
    }

    private boolean isPilotingInspector() {
        return caller.has(Role.ACADEMIC_INSPECTOR)
                && group.members().stream().filter(m -> m.is(MemberRole.PILOTING_INSPECTOR)).anyMatch(this::isCaller);
    }

    private boolean sitsIn(WorkingGroup someGroup) {
        return someGroup.members().stream().anyMatch(this::isCaller);
    }

    private boolean isCaller(Membership membership) {
        Optional<Person> person = Optional.ofNullable(people.get(membership.person()));
        return person.filter(p -> !p.erased()).filter(p ->
                (p.email() != null && caller.emailAddress().filter(p.email().value()::equals).isPresent())
                        || (p.subject() != null && p.subject().equals(caller.subject()))).isPresent();
    }
}

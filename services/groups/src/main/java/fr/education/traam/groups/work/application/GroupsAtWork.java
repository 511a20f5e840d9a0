package fr.education.traam.groups.work.application;

import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.GroupRefusal;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.application.ConsultingGroups;
import fr.education.traam.groups.group.application.GroupReading;
import fr.education.traam.groups.work.WorkRefusal;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;

import java.util.Optional;

/**
 * The groups as the work's use cases need them, read through the groups' own application service: who may see a
 * group's composition and who is responsible for it is decided there, once, for members and for work alike.
 */
final class GroupsAtWork {

    private final ConsultingGroups consulting;

    GroupsAtWork(ConsultingGroups consulting) {
        this.consulting = consulting;
    }

    /** The group as the caller may read it; 404 group-not-found. */
    GroupReading reading(GroupId id, Caller caller) {
        return consulting.group(id, caller);
    }

    /** The group, for a caller who may see its composition; 403 work-not-visible otherwise. */
    GroupReading visible(GroupId id, Caller caller) {
        GroupReading reading = reading(id, caller);
        if (!reading.compositionVisible()) {
            throw new Refused(WorkRefusal.WORK_NOT_VISIBLE, "only those who may see the members of group " + id
                    + " see its work: its members, its académie's DAN and inspectors, the theme's DNE experts and inspector general");
        }
        return reading;
    }

    /** For one of those responsible for the group while it works; 409 group-closed, 403 not-responsible otherwise. */
    static void requireManaged(GroupReading reading, String whoIsResponsible) {
        reading.group().requireActive();
        if (!reading.manageable()) {
            throw new Refused(GroupRefusal.NOT_RESPONSIBLE, whoIsResponsible);
        }
    }

    /** A theme's national group; 422 not-a-national-group for an academic one. */
    static WorkingGroup national(GroupReading reading) {
        WorkingGroup group = reading.group();
        if (!group.national()) {
            throw new Refused(WorkRefusal.NOT_A_NATIONAL_GROUP, "group " + group.id() + " is the academic group of "
                    + group.academy().name() + ": the calendar and the progress reports belong to the theme's national group");
        }
        return group;
    }

    /** The national group of the theme a group works on: itself, or the one of its selection. */
    Optional<WorkingGroup> nationalGroupOf(WorkingGroup group) {
        return consulting.nationalGroupOf(group);
    }
}

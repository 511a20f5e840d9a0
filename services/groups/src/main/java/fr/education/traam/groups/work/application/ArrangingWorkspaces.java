package fr.education.traam.groups.work.application;

import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.application.ConsultingGroups;
import fr.education.traam.groups.group.application.GroupReading;
import fr.education.traam.groups.work.CollaborationSpace;
import fr.education.traam.groups.work.ResearchGroup;
import fr.education.traam.groups.work.Workspace;
import fr.education.traam.groups.work.Workspaces;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.security.Caller;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Where each group works: those responsible for it list its collaboration spaces and its GTnum; whoever may see its
 * members reads them.
 */
@Service
public class ArrangingWorkspaces {

    private final GroupsAtWork groups;
    private final Workspaces workspaces;

    public ArrangingWorkspaces(ConsultingGroups consulting, Workspaces workspaces) {
        this.groups = new GroupsAtWork(consulting);
        this.workspaces = workspaces;
    }

    /** The group's workspace; an empty one at version -1 while nobody has listed its spaces. */
    public Workspace workspace(GroupId groupId, Caller caller) {
        groups.visible(groupId, caller);
        return workspaces.find(groupId).orElseGet(() -> Workspace.none(groupId));
    }

    public Workspace arrange(GroupId groupId, ExpectedVersion expected, Caller caller, List<CollaborationSpace> spaces,
                             ResearchGroup gtnum) {
        GroupReading reading = groups.reading(groupId, caller);
        GroupsAtWork.requireManaged(reading, reading.group().national()
                ? "only the theme's DNE experts arrange the workspace of its national group"
                : "only the DAN or the piloting inspector of " + reading.group().academy().name() + " arrange its academic group's workspace");
        Workspace current = workspaces.find(groupId).orElseGet(() -> Workspace.none(groupId));
        expected.check(current.version(), "the workspace of group " + groupId);
        Workspace.Changed change = current.arrange(spaces, gtnum);
        return change.events().isEmpty() ? current : workspaces.save(change);
    }
}

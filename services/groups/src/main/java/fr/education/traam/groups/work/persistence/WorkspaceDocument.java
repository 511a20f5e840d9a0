package fr.education.traam.groups.work.persistence;

import fr.education.traam.contract.groups.CollaborationSpaceKind;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.work.CollaborationSpace;
import fr.education.traam.groups.work.ResearchGroup;
import fr.education.traam.groups.work.WorkLink;
import fr.education.traam.groups.work.Workspace;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.net.URI;
import java.util.List;

/** A group's workspace as stored, by the group's id. */
@Document(MongoWorkspaces.COLLECTION)
record WorkspaceDocument(@Id String id, long version, List<SpaceDocument> spaces, String gtnumName, String gtnumLink) {

    record SpaceDocument(String kind, String label, String link) {
    }

    static WorkspaceDocument of(Workspace w) {
        return new WorkspaceDocument(w.group().value(), w.version(),
                w.spaces().stream().map(s -> new SpaceDocument(s.kind().name(), s.label(), s.link().toString())).toList(),
                w.gtnum() == null ? null : w.gtnum().name(), w.gtnum() == null ? null : w.gtnum().link().toString());
    }

    Workspace toWorkspace() {
        return new Workspace(new GroupId(id), spaces.stream().map(s -> new CollaborationSpace(CollaborationSpaceKind.valueOf(s.kind()),
                s.label(), new WorkLink(URI.create(s.link())))).toList(),
                gtnumName == null ? null : new ResearchGroup(gtnumName, new WorkLink(URI.create(gtnumLink))), version);
    }
}

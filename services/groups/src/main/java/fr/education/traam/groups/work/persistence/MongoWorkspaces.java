package fr.education.traam.groups.work.persistence;

import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.work.Workspace;
import fr.education.traam.groups.work.Workspaces;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class MongoWorkspaces implements Workspaces {

    static final String COLLECTION = "workspaces";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoWorkspaces(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public Optional<Workspace> find(GroupId group) {
        return Optional.ofNullable(mongo.findById(group.value(), WorkspaceDocument.class)).map(WorkspaceDocument::toWorkspace);
    }

    @Override
    public Workspace save(Workspace.Changed change) {
        Workspace workspace = change.workspace();
        if (workspace.version() == Workspace.NEW) {
            try {
                writes.insert(WorkspaceDocument.of(workspace), change.events());
            } catch (DuplicateKeyException arrangedMeanwhile) {
                throw new OptimisticLockingFailureException("the workspace of group " + workspace.group()
                        + " was arranged meanwhile", arrangedMeanwhile);
            }
            return workspace.withVersion(0);
        }
        writes.update(WorkspaceDocument.of(workspace), workspace.version(), change.events());
        return workspace.withVersion(workspace.version() + 1);
    }
}

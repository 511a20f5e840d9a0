package fr.education.traam.groups.work;

import fr.education.traam.groups.group.GroupId;

import java.util.Optional;

/** The groups' workspaces, by group, wherever they are kept. */
public interface Workspaces {

    Optional<Workspace> find(GroupId group);

    /**
     * Stores a change and its events in one write: inserts a workspace at {@link Workspace#NEW}, otherwise replaces the
     * one read at its version; fails when someone else stored it meanwhile.
     */
    Workspace save(Workspace.Changed change);
}

package fr.education.traam.groups.work;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.groups.WorkspaceChanged;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.kit.domain.Refused;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a group works: the collaboration spaces it lists, in the order those responsible chose, and the GTnum it works
 * with ({@code null} for none). The platform links to those tools; it does not replace them.
 */
public record Workspace(GroupId group, List<CollaborationSpace> spaces, ResearchGroup gtnum, long version) {

    /** The version of a workspace not arranged yet: its ETag is {@code "-1"}. */
    public static final long NEW = -1;
    public static final int MAX_SPACES = 20;

    public Workspace {
        spaces = List.copyOf(spaces);
    }

    /** A workspace's state and the events of the change that led to it. */
    public record Changed(Workspace workspace, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }

    /** The workspace of a group whose spaces nobody has listed yet. */
    public static Workspace none(GroupId group) {
        return new Workspace(group, List.of(), null, NEW);
    }

    /** Those responsible list the group's spaces and its GTnum, as a whole; the same again changes nothing. */
    public Changed arrange(List<CollaborationSpace> arranged, ResearchGroup researchGroup) {
        if (arranged.size() > MAX_SPACES) {
            throw Refused.invalid("spaces", "a group lists at most " + MAX_SPACES + " spaces");
        }
        Set<URI> links = new HashSet<>();
        for (int i = 0; i < arranged.size(); i++) {
            if (!links.add(arranged.get(i).link().value())) {
                throw Refused.invalid("spaces[" + i + "].link", "this space is listed already");
            }
        }
        if (arranged.equals(spaces) && Objects.equals(researchGroup, gtnum)) {
            return new Changed(this, List.of());
        }
        Workspace changed = new Workspace(group, arranged, researchGroup, version);
        return new Changed(changed, List.of(new WorkspaceChanged(group.value(),
                arranged.stream().map(CollaborationSpace::published).toList(),
                researchGroup == null ? null : researchGroup.published())));
    }

    /** This workspace as stored with its new version. */
    public Workspace withVersion(long newVersion) {
        return new Workspace(group, spaces, gtnum, newVersion);
    }
}

package fr.education.traam.candidatures.candidature;

import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.kit.domain.Refused;

import java.util.List;

/**
 * What a DAN proposes for a theme, through the form or as the rows of one theme in the dedicated file: the
 * kind of candidature, one or more projects and the team (one academic group per theme, whatever the number of
 * projects). A null {@code kind} means "what the theme calls for" and is only valid for a first-year theme.
 */
public record Proposal(CandidatureKind kind, List<Project> projects, Team team) {

    /**
     * The most projects one candidature holds. The programme counts about a hundred projects a year nationwide, so
     * this is generous; it keeps a candidature's document and each of its events (which carry every project) far
     * below MongoDB's and Kafka's size limits.
     */
    public static final int MAXIMUM_PROJECTS = 100;

    public Proposal {
        projects = projects == null ? List.of() : List.copyOf(projects);
        if (projects.isEmpty()) {
            throw Refused.invalid("projects", "a candidature describes at least one project");
        }
        if (projects.size() > MAXIMUM_PROJECTS) {
            throw Refused.invalid("projects", "a candidature holds at most " + MAXIMUM_PROJECTS + " projects, not "
                    + projects.size());
        }
        if (team == null) {
            throw Refused.invalid("team", "a candidature proposes its team");
        }
    }

    public Proposal(CandidatureKind kind, Project project, Team team) {
        this(kind, project == null ? null : List.of(project), team);
    }
}

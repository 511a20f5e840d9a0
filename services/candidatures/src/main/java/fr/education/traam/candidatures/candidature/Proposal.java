package fr.education.traam.candidatures.candidature;

import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.kit.domain.DomainProblem;

/**
 * What a DAN proposes for a theme, through the form or as a row of the dedicated file: the kind of
 * candidature, the project and the team. A null {@code kind} means "what the theme calls for" and is only
 * valid for a first-year theme.
 */
public record Proposal(CandidatureKind kind, Project project, Team team) {

    public Proposal {
        if (project == null) {
            throw DomainProblem.invalid("project", "a candidature describes its project");
        }
        if (team == null) {
            throw DomainProblem.invalid("team", "a candidature proposes its team");
        }
    }
}

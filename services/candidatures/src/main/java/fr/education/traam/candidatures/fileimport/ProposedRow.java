package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.PilotingInspector;
import fr.education.traam.candidatures.candidature.Project;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.contract.candidatures.CandidatureKind;

import java.util.List;

/** A row whose every cell is valid: one project for a theme, with the team members it names. */
public record ProposedRow(int row, ThemeId themeId, CandidatureKind kind, Project project, PilotingInspector inspector,
                          List<TeamMember> teachers, TeamMember referent, TeamMember cardie) {

    public ProposedRow {
        teachers = List.copyOf(teachers);
    }
}

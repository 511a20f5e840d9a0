package fr.education.traam.candidatures.candidature.web;

import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureStatus;
import fr.education.traam.candidatures.candidature.Project;
import fr.education.traam.candidatures.candidature.Team;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.CandidatureSource;
import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.people.InspectorCorps;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What the candidatures API answers, never the stored documents. */
final class CandidatureViews {

    private CandidatureViews() {
    }

    @Schema(name = "CandidatureView")
    record CandidatureView(String id, String campaignId, String themeId, AcademyView academy, CandidatureKind kind,
                           CandidatureStatus status, CandidatureSource source, String importId, List<ProjectView> projects,
                           TeamView team, long version) {

        static CandidatureView of(Candidature c) {
            return new CandidatureView(c.id().value(), c.campaignId().value(), c.themeId().value(), AcademyView.of(c.academy()),
                    c.kind(), c.status(), c.source().channel(), c.source().importId(),
                    c.projects().stream().map(ProjectView::of).toList(),
                    TeamView.of(c.team()), c.version());
        }
    }

    @Schema(name = "Academy")
    record AcademyView(String code, String name, String region) {

        static AcademyView of(Academy academy) {
            return new AcademyView(academy.code(), academy.label(), academy.region().label());
        }
    }

    @Schema(name = "ProjectView")
    record ProjectView(String title, String summary, List<String> disciplines, List<SchoolLevel> schoolLevels,
                       List<String> crcnCompetences) {

        static ProjectView of(Project project) {
            return new ProjectView(project.title(), project.summary(), project.disciplines(),
                    project.schoolLevels().stream().sorted().toList(), project.crcnCompetences());
        }
    }

    @Schema(name = "TeamView")
    record TeamView(InspectorView inspector, List<MemberView> teachers, MemberView referent, MemberView cardie) {

        static TeamView of(Team team) {
            return new TeamView(new InspectorView(team.inspector().name(), team.inspector().email().value(), team.inspector().corps()),
                    team.teachers().stream().map(MemberView::of).toList(), MemberView.of(team.referent()), MemberView.of(team.cardie()));
        }
    }

    @Schema(name = "InspectorView")
    record InspectorView(String name, String email, InspectorCorps corps) {
    }

    @Schema(name = "MemberView")
    record MemberView(String name, String email) {

        static MemberView of(TeamMember member) {
            return new MemberView(member.name(), member.email().value());
        }
    }
}

package fr.education.traam.candidatures.candidature.web;

import fr.education.traam.candidatures.candidature.PilotingInspector;
import fr.education.traam.candidatures.candidature.Project;
import fr.education.traam.candidatures.candidature.Proposal;
import fr.education.traam.candidatures.candidature.Team;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/** Request bodies of the candidatures API, checked field by field before the domain sees them. */
final class CandidatureRequests {

    private static final String EMAIL_MESSAGE = "must be an e-mail address";

    private CandidatureRequests() {
    }

    @Schema(name = "CandidatureSubmission", description = "A new candidature of the caller's académie for a theme of a campaign.")
    record SubmitCandidature(
            @NotBlank @Size(max = 100) String campaignId,
            @NotBlank @Size(max = 100) String themeId,
            @Schema(description = "Ministry code of the académie; the caller's own when absent, and only it is accepted.",
                    example = "10") @Pattern(regexp = "[0-9]{2}", message = "must be a ministry code such as 10") String academy,
            @Schema(description = "APPLICATION (the default) for a first-year theme; CONTINUATION or NEW_ENTRY for a second-year theme.")
            CandidatureKind kind,
            @Schema(description = "One or more projects for the theme, carried by the one team.")
            @NotEmpty @Size(max = Proposal.MAXIMUM_PROJECTS) List<@NotNull @Valid ProjectBody> projects,
            @NotNull @Valid TeamBody team) {

        Proposal proposal() {
            return CandidatureRequests.proposal(kind, projects, team);
        }
    }

    @Schema(name = "CandidatureRevision", description = "The whole new proposal of a live candidature.")
    record ReviseCandidature(
            CandidatureKind kind,
            @NotEmpty @Size(max = Proposal.MAXIMUM_PROJECTS) List<@NotNull @Valid ProjectBody> projects,
            @NotNull @Valid TeamBody team) {

        Proposal proposal() {
            return CandidatureRequests.proposal(kind, projects, team);
        }
    }

    private static Proposal proposal(CandidatureKind kind, List<ProjectBody> projects, TeamBody team) {
        return new Proposal(kind, projects.stream().map(ProjectBody::toProject).toList(), team.toTeam());
    }

    @Schema(name = "Project")
    record ProjectBody(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 5000) String summary,
            @Schema(description = "Disciplines by label or alias, whatever the case and accents (the list: GET /api/campaigns/disciplines); kept by their canonical labels, each once.", example = "[\"Lettres\", \"Philosophie\"]")
            @NotEmpty List<@NotBlank @Size(max = 100) String> disciplines,
            @NotEmpty Set<@NotNull SchoolLevel> schoolLevels,
            @Schema(description = "CRCN competence codes, 1.1 to 5.2 (see /api/candidatures/reference/crcn).", example = "[\"2.3\", \"3.1\"]")
            @NotEmpty List<@NotBlank @Pattern(regexp = "[1-5]\\.[1-4]", message = "must be a CRCN code such as 3.4") String> crcnCompetences) {

        Project toProject() {
            return new Project(title, summary, disciplines, schoolLevels, crcnCompetences);
        }
    }

    @Schema(name = "Team", description = "The proposed academic group: names and professional e-mail addresses only.")
    record TeamBody(
            @NotNull @Valid InspectorBody inspector,
            @NotNull @Size(min = Team.MINIMUM_TEACHERS, message = "at least 3 teachers") List<@NotNull @Valid MemberBody> teachers,
            @NotNull @Valid MemberBody referent,
            @NotNull @Valid MemberBody cardie) {

        Team toTeam() {
            return new Team(new PilotingInspector(inspector.name(), new EmailAddress(inspector.email()), inspector.corps()),
                    teachers.stream().map(MemberBody::toMember).toList(), referent.toMember(), cardie.toMember());
        }
    }

    @Schema(name = "PilotingInspector")
    record InspectorBody(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 254) @Pattern(regexp = EmailAddress.PATTERN, message = EMAIL_MESSAGE) String email,
            @NotNull InspectorCorps corps) {
    }

    @Schema(name = "TeamMember")
    record MemberBody(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 254) @Pattern(regexp = EmailAddress.PATTERN, message = EMAIL_MESSAGE) String email) {

        TeamMember toMember() {
            return new TeamMember(name, new EmailAddress(email));
        }
    }
}

package fr.education.traam.candidatures.candidature.persistence;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.CandidatureStatus;
import fr.education.traam.candidatures.candidature.PilotingInspector;
import fr.education.traam.candidatures.candidature.Project;
import fr.education.traam.candidatures.candidature.Source;
import fr.education.traam.candidatures.candidature.Team;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.CandidatureSource;
import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored form of a candidature. {@code liveSlot} carries the one-live-candidature-per-slot rule into a
 * unique index: a live candidature holds {@code campaign/theme/académie}, a withdrawn one a value of its own,
 * so the slot is free again and no two concurrent submissions can both take it. The outbox sits beside these
 * fields, written by {@code AggregateWrites}.
 */
@Document(MongoCandidatures.COLLECTION)
record CandidatureDocument(
        @Id String id,
        long version,
        String campaignId,
        String themeId,
        String academy,
        String liveSlot,
        String kind,
        String source,
        String importId,
        String status,
        List<ProjectDocument> projects,
        TeamDocument team,
        String delegateEmail) {

    record ProjectDocument(String title, String summary, List<String> disciplines, List<String> schoolLevels,
                           List<String> crcnCompetences) {
    }

    record MemberDocument(String name, String email) {
    }

    record InspectorDocument(String name, String email, String corps) {
    }

    record TeamDocument(InspectorDocument inspector, List<MemberDocument> teachers, MemberDocument referent,
                        MemberDocument cardie) {
    }

    static CandidatureDocument of(Candidature candidature) {
        Team t = candidature.team();
        return new CandidatureDocument(candidature.id().value(), candidature.version(), candidature.campaignId().value(),
                candidature.themeId().value(), candidature.academy().code(), liveSlot(candidature),
                candidature.kind().name(), candidature.source().channel().name(), candidature.source().importId(),
                candidature.status().name(),
                candidature.projects().stream().map(CandidatureDocument::of).toList(),
                new TeamDocument(new InspectorDocument(t.inspector().name(), t.inspector().email().value(), t.inspector().corps().name()),
                        t.teachers().stream().map(CandidatureDocument::of).toList(), of(t.referent()), of(t.cardie())),
                candidature.delegateEmail());
    }

    static String liveSlot(Candidature candidature) {
        return candidature.live() ? candidature.slot().toString() : "withdrawn/" + candidature.id();
    }

    private static ProjectDocument of(Project p) {
        return new ProjectDocument(p.title(), p.summary(), p.disciplines(),
                p.schoolLevels().stream().map(Enum::name).sorted().toList(), p.crcnCompetences());
    }

    private static MemberDocument of(TeamMember member) {
        return new MemberDocument(member.name(), member.email().value());
    }

    Candidature toCandidature() {
        return new Candidature(new CandidatureId(id), new CampaignId(campaignId), new ThemeId(themeId),
                Academy.byCode(academy).orElseThrow(), CandidatureKind.valueOf(kind),
                projects.stream().map(CandidatureDocument::toProject).toList(),
                new Team(new PilotingInspector(team.inspector().name(), new EmailAddress(team.inspector().email()),
                        InspectorCorps.valueOf(team.inspector().corps())),
                        team.teachers().stream().map(CandidatureDocument::toMember).toList(),
                        toMember(team.referent()), toMember(team.cardie())),
                new Source(CandidatureSource.valueOf(source), importId), CandidatureStatus.valueOf(status), delegateEmail, version);
    }

    private static Project toProject(ProjectDocument project) {
        Set<SchoolLevel> levels = project.schoolLevels().stream().map(SchoolLevel::valueOf).collect(Collectors.toSet());
        return new Project(project.title(), project.summary(), project.disciplines(), levels, project.crcnCompetences());
    }

    private static TeamMember toMember(MemberDocument member) {
        return new TeamMember(member.name(), new EmailAddress(member.email()));
    }
}

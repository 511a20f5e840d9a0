package fr.education.traam.candidatures.fileimport.persistence;

import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.PilotingInspector;
import fr.education.traam.candidatures.candidature.Project;
import fr.education.traam.candidatures.candidature.Proposal;
import fr.education.traam.candidatures.candidature.Team;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.candidatures.fileimport.FiledTheme;
import fr.education.traam.candidatures.fileimport.ImportId;
import fr.education.traam.candidatures.fileimport.ThemeProposal;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;
import java.util.stream.Collectors;

/** A validated theme of an import, stored until the import is finished; id = {@code importId/themeId}. */
@Document(MongoDedicatedFileImports.THEMES)
record ThemeDocument(
        @Id String id,
        String importId,
        String themeId,
        int firstRow,
        String kind,
        List<ProjectDocument> projects,
        MemberDocument inspector,
        String inspectorCorps,
        List<MemberDocument> teachers,
        MemberDocument referent,
        MemberDocument cardie,
        String appliedAs,
        boolean created) {

    record ProjectDocument(String title, String summary, List<String> disciplines, List<String> schoolLevels,
                           List<String> crcnCompetences) {
    }

    record MemberDocument(String name, String email) {
    }

    static ThemeDocument of(ImportId importId, ThemeProposal theme) {
        Proposal proposal = theme.proposal();
        Team team = proposal.team();
        return new ThemeDocument(id(importId, theme.themeId()), importId.value(), theme.themeId().value(), theme.firstRow(),
                proposal.kind() == null ? null : proposal.kind().name(),
                proposal.projects().stream().map(p -> new ProjectDocument(p.title(), p.summary(), p.disciplines(),
                        p.schoolLevels().stream().map(Enum::name).sorted().toList(), p.crcnCompetences())).toList(),
                new MemberDocument(team.inspector().name(), team.inspector().email().value()), team.inspector().corps().name(),
                team.teachers().stream().map(ThemeDocument::of).toList(), of(team.referent()), of(team.cardie()), null, false);
    }

    static String id(ImportId importId, ThemeId themeId) {
        return importId.value() + "/" + themeId.value();
    }

    FiledTheme toFiledTheme() {
        Team team = new Team(new PilotingInspector(inspector.name(), new EmailAddress(inspector.email()),
                InspectorCorps.valueOf(inspectorCorps)), teachers.stream().map(ThemeDocument::toMember).toList(),
                toMember(referent), toMember(cardie));
        List<Project> proposed = projects.stream().map(p -> new Project(p.title(), p.summary(), p.disciplines(),
                p.schoolLevels().stream().map(SchoolLevel::valueOf).collect(Collectors.toSet()), p.crcnCompetences())).toList();
        ThemeProposal proposal = new ThemeProposal(new ThemeId(themeId), firstRow,
                new Proposal(kind == null ? null : CandidatureKind.valueOf(kind), proposed, team));
        return new FiledTheme(new ImportId(importId), proposal, appliedAs == null ? null : new CandidatureId(appliedAs), created);
    }

    private static MemberDocument of(TeamMember member) {
        return new MemberDocument(member.name(), member.email().value());
    }

    private static TeamMember toMember(MemberDocument member) {
        return new TeamMember(member.name(), new EmailAddress(member.email()));
    }
}

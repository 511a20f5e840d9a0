package fr.education.traam.web.candidature;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The candidature form as a browser sends it and as the page shows it again. Its fields are named as the API's JSON
 * paths with their indexes ({@code projects[0].title}, {@code team.teachers[2].email}), so that a field the API refuses
 * by its path is the field the page marks. Rows left wholly blank (a spare teacher, a project added and not written) are
 * dropped before sending, and the form shown after a refusal is the one sent: the API's indexes are the page's.
 *
 * @param kind empty for a first-year theme (the API's default, {@code APPLICATION}); {@code CONTINUATION} or
 *             {@code NEW_ENTRY} for a second-year theme
 */
public record CandidatureForm(String campaignId, String themeId, String kind, List<ProjectForm> projects, TeamForm team) {

    /** The teachers a group needs at least (the API's rule, {@code team.teachers}), so the form opens with as many rows. */
    static final int MINIMUM_TEACHERS = 3;

    public CandidatureForm {
        campaignId = text(campaignId);
        themeId = text(themeId);
        kind = text(kind);
        projects = projects == null ? List.of() : projects.stream().map(p -> p == null ? ProjectForm.blank() : p).toList();
        team = team == null ? TeamForm.blank() : team;
        if (projects.isEmpty()) {
            projects = List.of(ProjectForm.blank());
        }
    }

    public static CandidatureForm blank(String campaignId, String themeId) {
        return new CandidatureForm(campaignId, themeId, "", List.of(ProjectForm.blank()), TeamForm.blank());
    }

    /** The form filled with a candidature as it stands, to revise it. */
    public static CandidatureForm of(CandidatureJson.Candidature candidature) {
        String kind = "APPLICATION".equals(candidature.kind()) ? "" : candidature.kind();
        List<ProjectForm> projects = candidature.projects().stream().map(p -> new ProjectForm(p.title(), p.summary(), p.disciplines(),
                p.schoolLevels(), p.crcnCompetences())).toList();
        CandidatureJson.Team team = candidature.team();
        return new CandidatureForm(candidature.campaignId(), candidature.themeId(), kind, projects, new TeamForm(
                new InspectorForm(team.inspector().name(), team.inspector().email(), team.inspector().corps()),
                team.teachers().stream().map(MemberForm::of).toList(), MemberForm.of(team.referent()), MemberForm.of(team.cardie())));
    }

    /** The same form with one more blank teacher row: the "add a teacher" button, which works without JavaScript. */
    public CandidatureForm withTeacherRow() {
        List<MemberForm> teachers = new ArrayList<>(team.teachers());
        teachers.add(MemberForm.blank());
        return new CandidatureForm(campaignId, themeId, kind, projects, new TeamForm(team.inspector(), teachers, team.referent(), team.cardie()));
    }

    /** The same form with one more blank project. */
    public CandidatureForm withProject() {
        return new CandidatureForm(campaignId, themeId, kind, Stream.concat(projects.stream(), Stream.of(ProjectForm.blank())).toList(), team);
    }

    /** The form as it is sent: wholly blank teacher rows and projects dropped, in their order. */
    public CandidatureForm sent() {
        List<ProjectForm> written = projects.stream().filter(Predicate.not(ProjectForm::isBlank)).toList();
        List<MemberForm> teachers = team.teachers().stream().filter(Predicate.not(MemberForm::isBlank)).toList();
        return new CandidatureForm(campaignId, themeId, kind, written,
                new TeamForm(team.inspector(), teachers, team.referent(), team.cardie()));
    }

    /** The same form with at least {@link #MINIMUM_TEACHERS} teacher rows, blank ones added, to show it. */
    public CandidatureForm shown() {
        if (team.teachers().size() >= MINIMUM_TEACHERS) {
            return this;
        }
        List<MemberForm> teachers = new ArrayList<>(team.teachers());
        while (teachers.size() < MINIMUM_TEACHERS) {
            teachers.add(MemberForm.blank());
        }
        return new CandidatureForm(campaignId, themeId, kind, projects, new TeamForm(team.inspector(), teachers, team.referent(), team.cardie()));
    }

    /** The body of {@code POST /api/candidatures}, from the form as sent. */
    public Submission submission() {
        CandidatureForm sent = sent();
        return new Submission(campaignId, themeId, sent.kindOrNull(), sent.projectBodies(), sent.team.body());
    }

    /** The body of {@code PUT /api/candidatures/{id}}, from the form as sent. */
    public Revision revision() {
        CandidatureForm sent = sent();
        return new Revision(sent.kindOrNull(), sent.projectBodies(), sent.team.body());
    }

    private String kindOrNull() {
        return kind.isEmpty() ? null : kind;
    }

    private List<ProjectBody> projectBodies() {
        return projects.stream().map(ProjectForm::body).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> chosen(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).distinct().toList();
    }

    /** A project of the candidature; the lists are what was ticked, never null. */
    public record ProjectForm(String title, String summary, List<String> disciplines, List<String> schoolLevels,
                              List<String> crcnCompetences) {

        public ProjectForm {
            title = text(title);
            summary = text(summary);
            disciplines = chosen(disciplines);
            schoolLevels = chosen(schoolLevels);
            crcnCompetences = chosen(crcnCompetences);
        }

        static ProjectForm blank() {
            return new ProjectForm("", "", List.of(), List.of(), List.of());
        }

        boolean isBlank() {
            return title.isBlank() && summary.isBlank() && disciplines.isEmpty() && schoolLevels.isEmpty() && crcnCompetences.isEmpty();
        }

        ProjectBody body() {
            return new ProjectBody(title.strip(), summary.strip(), disciplines, schoolLevels, crcnCompetences);
        }
    }

    /** The proposed group: the piloting inspector, the teachers, the referent teacher and the CARDIE representative. */
    public record TeamForm(InspectorForm inspector, List<MemberForm> teachers, MemberForm referent, MemberForm cardie) {

        public TeamForm {
            inspector = inspector == null ? new InspectorForm("", "", "") : inspector;
            teachers = teachers == null ? List.of() : teachers.stream().map(t -> t == null ? MemberForm.blank() : t).toList();
            referent = referent == null ? MemberForm.blank() : referent;
            cardie = cardie == null ? MemberForm.blank() : cardie;
        }

        static TeamForm blank() {
            return new TeamForm(null, List.of(MemberForm.blank(), MemberForm.blank(), MemberForm.blank()), null, null);
        }

        TeamBody body() {
            return new TeamBody(inspector.body(), teachers.stream().map(MemberForm::body).toList(), referent.body(), cardie.body());
        }
    }

    /** @param corps {@code IA_IPR}, {@code IEN_ET}, {@code IEN_EG} or {@code IEN_PREMIER_DEGRE}; empty until chosen */
    public record InspectorForm(String name, String email, String corps) {

        public InspectorForm {
            name = text(name);
            email = text(email);
            corps = text(corps);
        }

        InspectorBody body() {
            return new InspectorBody(name.strip(), email.strip(), corps.isEmpty() ? null : corps);
        }
    }

    public record MemberForm(String name, String email) {

        public MemberForm {
            name = text(name);
            email = text(email);
        }

        static MemberForm blank() {
            return new MemberForm("", "");
        }

        static MemberForm of(CandidatureJson.Member member) {
            return member == null ? blank() : new MemberForm(member.name(), member.email());
        }

        boolean isBlank() {
            return name.isBlank() && email.isBlank();
        }

        MemberBody body() {
            return new MemberBody(name.strip(), email.strip());
        }
    }

    /** The API's bodies (docs/api/candidatures.md): what the form sends, a blank text sent blank for the API to name. */
    public record Submission(String campaignId, String themeId, String kind, List<ProjectBody> projects, TeamBody team) {
    }

    public record Revision(String kind, List<ProjectBody> projects, TeamBody team) {
    }

    public record ProjectBody(String title, String summary, List<String> disciplines, List<String> schoolLevels,
                              List<String> crcnCompetences) {
    }

    public record TeamBody(InspectorBody inspector, List<MemberBody> teachers, MemberBody referent, MemberBody cardie) {
    }

    public record InspectorBody(String name, String email, String corps) {
    }

    public record MemberBody(String name, String email) {
    }
}

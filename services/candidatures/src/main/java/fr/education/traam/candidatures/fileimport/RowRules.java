package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.PilotingInspector;
import fr.education.traam.candidatures.candidature.Project;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.Discipline;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;
import fr.education.traam.reference.people.ProfessionalDomains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value rules of one row, against the campaign as this service knows it and the candidature's own rules.
 * Every cell is checked, so that the report names every bad cell of the row and not only the first.
 */
public final class RowRules {

    private static final Pattern TEACHER = Pattern.compile("(.+?)\\s*<([^<>]+)>");
    private static final String LIST_SEPARATOR = ";";

    private final Campaign campaign;
    private final ProfessionalDomains domains;

    public RowRules(Campaign campaign, ProfessionalDomains domains) {
        this.campaign = campaign;
        this.domains = domains;
    }

    /** The row as a proposed project with its team, or empty after adding each bad cell to {@code report}. */
    public Optional<ProposedRow> read(FileRow row, ValidationReport report) {
        Cells cells = new Cells(row, report);
        Theme theme = cells.value(DedicatedFileColumn.THEME_ID, id -> campaign.theme(new ThemeId(id)).orElseThrow(() ->
                new IllegalArgumentException("campaign " + campaign.id() + " has no theme '" + id + "'")));
        CandidatureKind asked = cells.optional(DedicatedFileColumn.KIND, kind -> CandidatureKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                "APPLICATION, CONTINUATION or NEW_ENTRY");
        CandidatureKind kind = theme == null ? null : cells.check(DedicatedFileColumn.KIND, () -> Candidature.kindFor(theme, asked));

        String title = cells.value(DedicatedFileColumn.PROJECT_TITLE, text -> text);
        String summary = cells.value(DedicatedFileColumn.PROJECT_SUMMARY, text -> text);
        List<String> disciplines = cells.value(DedicatedFileColumn.DISCIPLINES, text -> {
            Discipline.Recognition recognition = Discipline.recognise(list(text));
            if (!recognition.complete()) {
                throw new IllegalArgumentException(Project.unknownDisciplines(recognition.unknown()));
            }
            return recognition.labels();
        });
        Set<SchoolLevel> levels = cells.value(DedicatedFileColumn.SCHOOL_LEVELS, text -> {
            Set<SchoolLevel> parsed = EnumSet.noneOf(SchoolLevel.class);
            for (String level : list(text)) {
                parsed.add(parse(SchoolLevel.class, level, "PREMIER_DEGRE or SECOND_DEGRE"));
            }
            return parsed;
        });
        List<String> crcn = cells.value(DedicatedFileColumn.CRCN_COMPETENCES, text -> {
            List<String> codes = list(text);
            List<String> unknown = codes.stream().filter(code -> CrcnCompetence.byCode(code).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no CRCN competence has the code " + String.join(", ", unknown)
                        + " (codes run from 1.1 to 5.2)");
            }
            return codes;
        });
        Project project = title == null || summary == null || disciplines == null || levels == null || crcn == null ? null
                : cells.check(DedicatedFileColumn.PROJECT_TITLE, () -> new Project(title, summary, disciplines, levels, crcn));

        String inspectorName = cells.value(DedicatedFileColumn.INSPECTOR_NAME, text -> text);
        EmailAddress inspectorEmail = cells.value(DedicatedFileColumn.INSPECTOR_EMAIL, this::professional);
        InspectorCorps corps = cells.value(DedicatedFileColumn.INSPECTOR_CORPS,
                text -> pilotingCorps(text));
        List<TeamMember> teachers = cells.value(DedicatedFileColumn.TEACHERS, this::teachers);
        TeamMember referent = member(cells, DedicatedFileColumn.REFERENT_NAME, DedicatedFileColumn.REFERENT_EMAIL);
        TeamMember cardie = member(cells, DedicatedFileColumn.CARDIE_NAME, DedicatedFileColumn.CARDIE_EMAIL);

        if (cells.failed()) {
            return Optional.empty();
        }
        return Optional.of(new ProposedRow(row.number(), theme.id(), kind, project,
                new PilotingInspector(inspectorName, inspectorEmail, corps), teachers, referent, cardie));
    }

    private TeamMember member(Cells cells, DedicatedFileColumn nameColumn, DedicatedFileColumn emailColumn) {
        String name = cells.value(nameColumn, text -> text);
        EmailAddress email = cells.value(emailColumn, this::professional);
        return name == null || email == null ? null : new TeamMember(name, email);
    }

    private List<TeamMember> teachers(String text) {
        List<TeamMember> teachers = new ArrayList<>();
        for (String entry : list(text)) {
            Matcher matcher = TEACHER.matcher(entry);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + entry + "' is not a teacher written as Name <address>");
            }
            teachers.add(new TeamMember(matcher.group(1), professional(matcher.group(2))));
        }
        return teachers;
    }

    private EmailAddress professional(String text) {
        EmailAddress address = new EmailAddress(text);
        if (!domains.accepts(address)) {
            throw new IllegalArgumentException(address + " is not a professional address (accepted domains: "
                    + String.join(", ", domains.patterns()) + ")");
        }
        return address;
    }

    private static List<String> list(String text) {
        List<String> items = Arrays.stream(text.split(LIST_SEPARATOR)).map(String::strip).filter(item -> !item.isEmpty()).toList();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("empty: give at least one value, separated by ;");
        }
        return items;
    }

    private static InspectorCorps pilotingCorps(String text) {
        String expected = "IA_IPR, IEN_ET, IEN_EG or IEN_PREMIER_DEGRE";
        InspectorCorps corps = parse(InspectorCorps.class, text, expected);
        if (!corps.mayPilot()) {
            throw new IllegalArgumentException("an inspector of corps " + corps + " may not pilot a group: " + expected);
        }
        return corps;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String expected) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + text + "' is not one of " + expected);
        }
    }

    /** Reads the cells of one row, turning every refusal into a report entry for the cell's column. */
    private static final class Cells {

        private final FileRow row;
        private final ValidationReport report;
        private boolean failed;

        Cells(FileRow row, ValidationReport report) {
            this.row = row;
            this.report = report;
        }

        <T> T value(DedicatedFileColumn column, Parser<T> parser) {
            String text = row.cell(column);
            if (text.isEmpty()) {
                return fail(column, "required");
            }
            try {
                return parser.parse(text);
            } catch (IllegalArgumentException | Refused refused) {
                return fail(column, refused.getMessage());
            }
        }

        <T> T optional(DedicatedFileColumn column, Parser<T> parser, String expected) {
            String text = row.cell(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parser.parse(text);
            } catch (IllegalArgumentException refused) {
                return fail(column, "'" + text + "' is not one of " + expected);
            }
        }

        /** A rule of the domain over several cells; the problem goes to {@code column} unless it names its field. */
        <T> T check(DedicatedFileColumn column, Supplier<T> rule) {
            try {
                return rule.get();
            } catch (Refused refused) {
                return fail(columnOf(refused.field(), column), refused.getMessage());
            }
        }

        private <T> T fail(DedicatedFileColumn column, String problem) {
            failed = true;
            report.add(RowProblem.cell(row.number(), column, problem));
            return null;
        }

        boolean failed() {
            return failed;
        }
    }

    /** The column where a field of the candidature's rules is written in the file. */
    static DedicatedFileColumn columnOf(String field, DedicatedFileColumn otherwise) {
        if (field == null) {
            return otherwise;
        }
        return switch (field) {
            case "kind" -> DedicatedFileColumn.KIND;
            case "project.title" -> DedicatedFileColumn.PROJECT_TITLE;
            case "project.summary" -> DedicatedFileColumn.PROJECT_SUMMARY;
            case "project.disciplines" -> DedicatedFileColumn.DISCIPLINES;
            case "project.schoolLevels" -> DedicatedFileColumn.SCHOOL_LEVELS;
            case "project.crcnCompetences" -> DedicatedFileColumn.CRCN_COMPETENCES;
            case "team.inspector", "team.inspector.name" -> DedicatedFileColumn.INSPECTOR_NAME;
            case "team.inspector.email" -> DedicatedFileColumn.INSPECTOR_EMAIL;
            case "team.inspector.corps" -> DedicatedFileColumn.INSPECTOR_CORPS;
            case "team.referent", "team.referent.name" -> DedicatedFileColumn.REFERENT_NAME;
            case "team.referent.email" -> DedicatedFileColumn.REFERENT_EMAIL;
            case "team.cardie", "team.cardie.name" -> DedicatedFileColumn.CARDIE_NAME;
            case "team.cardie.email" -> DedicatedFileColumn.CARDIE_EMAIL;
            case "projects" -> DedicatedFileColumn.THEME_ID;
            default -> field.startsWith("team.teachers") ? DedicatedFileColumn.TEACHERS : otherwise;
        };
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String text);
    }
}

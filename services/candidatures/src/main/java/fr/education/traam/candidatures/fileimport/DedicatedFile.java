package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.PilotingInspector;
import fr.education.traam.candidatures.candidature.Project;
import fr.education.traam.candidatures.candidature.Proposal;
import fr.education.traam.candidatures.candidature.Team;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.people.EmailAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The valid rows of an académie's dedicated file, gathered by theme: the rows of one theme are one candidature.
 * Their projects are its projects and their teachers are united; the kind, the inspector, the referent and the
 * CARDIE representative are the theme's group and so must be the same on every row of the theme.
 */
public final class DedicatedFile {

    private final Map<ThemeId, ThemeRows> themes = new LinkedHashMap<>();

    /** Adds a valid row, reporting each cell that disagrees with the theme's first row. */
    public void add(ProposedRow row, ValidationReport report) {
        ThemeRows theme = themes.get(row.themeId());
        if (theme == null) {
            themes.put(row.themeId(), new ThemeRows(row));
            return;
        }
        theme.add(row, report);
    }

    /** One proposal per theme, in the order themes first appear; a theme whose group is incomplete is reported. */
    public List<ThemeProposal> proposals(ValidationReport report) {
        List<ThemeProposal> proposals = new ArrayList<>();
        for (ThemeRows theme : themes.values()) {
            try {
                proposals.add(new ThemeProposal(theme.first.themeId(), theme.first.row(), new Proposal(theme.first.kind(),
                        theme.projects, new Team(theme.first.inspector(), List.copyOf(theme.teachers.values()),
                        theme.first.referent(), theme.first.cardie()))));
            } catch (Refused refused) {
                report.add(RowProblem.cell(theme.first.row(), RowRules.columnOf(refused.field(), DedicatedFileColumn.THEME_ID),
                        "theme " + theme.first.themeId() + " (rows from " + theme.first.row() + "): " + refused.getMessage()));
            }
        }
        return proposals;
    }

    private static final class ThemeRows {

        private final ProposedRow first;
        private final List<Project> projects = new ArrayList<>();
        private final Map<EmailAddress, TeamMember> teachers = new LinkedHashMap<>();

        ThemeRows(ProposedRow first) {
            this.first = first;
            include(first);
        }

        void add(ProposedRow row, ValidationReport report) {
            int before = report.total();
            agree(row, DedicatedFileColumn.KIND, CandidatureKind::name, first.kind(), row.kind(), report);
            PilotingInspector expected = first.inspector();
            agree(row, DedicatedFileColumn.INSPECTOR_NAME, name -> name, expected.name(), row.inspector().name(), report);
            agree(row, DedicatedFileColumn.INSPECTOR_EMAIL, EmailAddress::value, expected.email(), row.inspector().email(), report);
            agree(row, DedicatedFileColumn.INSPECTOR_CORPS, Enum::name, expected.corps(), row.inspector().corps(), report);
            agree(row, DedicatedFileColumn.REFERENT_NAME, name -> name, first.referent().name(), row.referent().name(), report);
            agree(row, DedicatedFileColumn.REFERENT_EMAIL, EmailAddress::value, first.referent().email(), row.referent().email(), report);
            agree(row, DedicatedFileColumn.CARDIE_NAME, name -> name, first.cardie().name(), row.cardie().name(), report);
            agree(row, DedicatedFileColumn.CARDIE_EMAIL, EmailAddress::value, first.cardie().email(), row.cardie().email(), report);
            if (projects.size() == Proposal.MAXIMUM_PROJECTS) {
                report.add(RowProblem.cell(row.row(), DedicatedFileColumn.THEME_ID, "theme " + row.themeId() + " already has "
                        + Proposal.MAXIMUM_PROJECTS + " projects, the most one candidature holds"));
            }
            if (report.total() == before) {
                include(row);
            }
        }

        private void include(ProposedRow row) {
            projects.add(row.project());
            row.teachers().forEach(teacher -> teachers.putIfAbsent(teacher.email(), teacher));
        }

        private <T> void agree(ProposedRow row, DedicatedFileColumn column, Function<T, String> text,
                               T expected, T actual, ValidationReport report) {
            if (!Objects.equals(expected, actual)) {
                report.add(RowProblem.cell(row.row(), column, "'" + text.apply(actual) + "' differs from '" + text.apply(expected)
                        + "' on row " + first.row() + ", the first row of theme " + row.themeId()
                        + ": one theme has one group, so this cell is the same on each of its rows"));
            }
        }
    }
}

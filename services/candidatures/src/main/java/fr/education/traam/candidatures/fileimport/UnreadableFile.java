package fr.education.traam.candidatures.fileimport;

import fr.education.traam.kit.domain.DomainProblem;

import java.util.List;

/** The uploaded file cannot be taken: not a spreadsheet at all (415), or not readable as one (422, with a report). */
public class UnreadableFile extends DomainProblem {

    private UnreadableFile(Kind kind, String code, String message) {
        super(kind, code, message);
    }

    public static UnreadableFile notASpreadsheet(String message) {
        return new UnreadableFile(Kind.UNSUPPORTED_CONTENT, "not-a-spreadsheet", message);
    }

    public static UnreadableFile unreadable(String code, String message) {
        UnreadableFile problem = new UnreadableFile(Kind.RULE_VIOLATION, code, message);
        problem.with("report", List.of(RowProblem.file(message)));
        problem.with("problems", 1);
        return problem;
    }

    /** The file reads but its structure or content is refused: every problem found, by row and column. */
    public static DomainProblem refused(ValidationReport report) {
        return new DomainProblem(Kind.RULE_VIOLATION, "invalid-dedicated-file", "the file has " + report.total()
                + " problem(s): see the report, by row and column; nothing was imported")
                .with("report", report.entries()).with("problems", report.total());
    }
}

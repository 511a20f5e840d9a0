package fr.education.traam.candidatures.fileimport;

import fr.education.traam.kit.domain.Refused;

import java.util.List;

/** The uploaded file cannot be taken: not a spreadsheet at all, or not readable as one (with a report). */
public class UnreadableFile extends Refused {

    private UnreadableFile(DedicatedFileRefusal refusal, String message) {
        super(refusal, message);
    }

    public static UnreadableFile notASpreadsheet(String message) {
        return new UnreadableFile(DedicatedFileRefusal.NOT_A_SPREADSHEET, message);
    }

    /** A file that looks like a spreadsheet but does not read: not UTF-8, malformed CSV, an unreadable workbook. */
    public static UnreadableFile unreadable(DedicatedFileRefusal refusal, String message) {
        UnreadableFile problem = new UnreadableFile(refusal, message);
        problem.with("report", List.of(RowProblem.file(message)));
        problem.with("problems", 1);
        return problem;
    }

    /** The file reads but its structure or content is refused: every problem found, by row and column. */
    public static Refused refused(ValidationReport report) {
        return new Refused(DedicatedFileRefusal.INVALID_DEDICATED_FILE, "the file has " + report.total()
                + " problem(s): see the report, by row and column; nothing was imported")
                .with("report", report.entries()).with("problems", report.total());
    }
}

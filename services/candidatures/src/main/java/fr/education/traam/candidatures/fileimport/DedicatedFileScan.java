package fr.education.traam.candidatures.fileimport;

import java.util.Optional;

/**
 * The first pass over an uploaded file, done before it is accepted for import: the header, the number of rows,
 * rows wider than the header and hostile cells. Cheap enough to run while the DAN waits, so that a file that
 * can never be imported is refused at once with its report; only values are checked later.
 */
public final class DedicatedFileScan implements DedicatedFileReader.Visitor {

    private final int maxRows;
    private final ValidationReport report;
    private DedicatedFileHeader header;
    private boolean headerSeen;
    private int rows;
    private boolean tooManyRows;

    public DedicatedFileScan(int maxRows, ValidationReport report) {
        this.maxRows = maxRows;
        this.report = report;
    }

    @Override
    public boolean row(SheetRow row) {
        if (!headerSeen) {
            if (row.blank()) {
                return true;
            }
            headerSeen = true;
            Optional<DedicatedFileHeader> read = DedicatedFileHeader.read(row, report);
            header = read.orElse(null);
            return read.isPresent();
        }
        if (row.blank()) {
            return true;
        }
        rows++;
        if (rows > maxRows) {
            tooManyRows = true;
            report.add(RowProblem.file("more than " + maxRows + " project rows: split the file or ask the DNE"));
            return false;
        }
        for (int i = 0; i < row.cells().size(); i++) {
            DedicatedFileColumn column = header.at(i);
            String value = row.cells().get(i);
            if (column == null) {
                if (!value.isBlank()) {
                    report.add(new RowProblem(row.number(), "(column " + (i + 1) + ")", "a value beyond the "
                            + header.width() + " columns of the header"));
                }
                continue;
            }
            int position = i;
            HostileContent.problem(column, value, row.formulas().contains(position))
                    .ifPresent(problem -> report.add(RowProblem.cell(row.number(), column, problem)));
        }
        return true;
    }

    /** Adds the problems only known once every row was seen: no header, no project row. */
    public ValidationReport finish() {
        if (!headerSeen) {
            report.add(RowProblem.file("the file is empty: it needs the header of the template and one row per project"));
        } else if (header != null && rows == 0 && !tooManyRows) {
            report.add(RowProblem.file("the file has a header but no project row"));
        }
        return report;
    }

    /** Project rows seen (blank rows are not counted). */
    public int rows() {
        return rows;
    }
}

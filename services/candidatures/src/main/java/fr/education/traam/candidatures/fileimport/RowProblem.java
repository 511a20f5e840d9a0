package fr.education.traam.candidatures.fileimport;

/**
 * One entry of a validation report: the row as the spreadsheet numbers it (the header is row 1), the column's
 * header (null when the problem is about the whole row or file) and what is wrong, in words a DAN can act on.
 */
public record RowProblem(int row, String column, String problem) {

    public static RowProblem cell(int row, DedicatedFileColumn column, String problem) {
        return new RowProblem(row, column.header(), problem);
    }

    public static RowProblem file(String problem) {
        return new RowProblem(0, null, problem);
    }
}

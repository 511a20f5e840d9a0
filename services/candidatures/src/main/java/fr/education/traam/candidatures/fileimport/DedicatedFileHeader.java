package fr.education.traam.candidatures.fileimport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first row of the file: which column is where. Every column of {@link DedicatedFileColumn} must appear
 * exactly once, in any order, and no other: an unknown column is more likely a typo than data we may ignore.
 */
public final class DedicatedFileHeader {

    private final DedicatedFileColumn[] positions;

    private DedicatedFileHeader(DedicatedFileColumn[] positions) {
        this.positions = positions;
    }

    /** The header, or empty after adding to {@code report} every missing, unknown and duplicated column. */
    public static Optional<DedicatedFileHeader> read(SheetRow row, ValidationReport report) {
        List<String> names = row.cells();
        int width = names.size();
        while (width > 0 && names.get(width - 1).isBlank()) {
            width--;
        }
        DedicatedFileColumn[] positions = new DedicatedFileColumn[width];
        Map<DedicatedFileColumn, Integer> seen = new EnumMap<>(DedicatedFileColumn.class);
        int before = report.total();
        for (int i = 0; i < width; i++) {
            String name = names.get(i).strip();
            Optional<DedicatedFileColumn> column = DedicatedFileColumn.byHeader(name);
            if (column.isEmpty()) {
                report.add(new RowProblem(row.number(), name.isEmpty() ? "(column " + (i + 1) + ")" : name,
                        "unknown column: the dedicated file has exactly the columns of the template"));
            } else if (seen.containsKey(column.get())) {
                report.add(RowProblem.cell(row.number(), column.get(), "column given twice (columns "
                        + (seen.get(column.get()) + 1) + " and " + (i + 1) + ")"));
            } else {
                seen.put(column.get(), i);
                positions[i] = column.get();
            }
        }
        for (DedicatedFileColumn column : DedicatedFileColumn.values()) {
            if (!seen.containsKey(column)) {
                report.add(RowProblem.cell(row.number(), column, "missing column"));
            }
        }
        return report.total() == before ? Optional.of(new DedicatedFileHeader(positions)) : Optional.empty();
    }

    public int width() {
        return positions.length;
    }

    /** The cells of a data row by column; a short row's missing cells are empty. */
    public FileRow row(SheetRow row) {
        Map<DedicatedFileColumn, String> cells = new EnumMap<>(DedicatedFileColumn.class);
        for (int i = 0; i < positions.length; i++) {
            cells.put(positions[i], i < row.cells().size() ? row.cells().get(i) : "");
        }
        return new FileRow(row.number(), cells);
    }

    /** The column at {@code position}, or null beyond the header. */
    public DedicatedFileColumn at(int position) {
        return position < positions.length ? positions[position] : null;
    }
}

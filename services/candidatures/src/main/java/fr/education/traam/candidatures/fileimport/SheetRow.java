package fr.education.traam.candidatures.fileimport;

import java.util.List;
import java.util.Set;

/**
 * A row as a spreadsheet reader hands it over: its number (the header is row 1), its cells in column order
 * (empty for a blank cell) and the positions of cells that held a formula (XLSX only).
 */
public record SheetRow(int number, List<String> cells, Set<Integer> formulas) {

    public SheetRow {
        cells = List.copyOf(cells);
        formulas = Set.copyOf(formulas);
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}

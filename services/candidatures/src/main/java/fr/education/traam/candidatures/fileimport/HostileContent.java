package fr.education.traam.candidatures.fileimport;

import java.util.Optional;

/**
 * What the file may not hold whatever its values: spreadsheet formulas, cells a spreadsheet would run as one
 * when the DNE opens an export (CSV injection: a cell starting with {@code =}, {@code +}, {@code -} or
 * {@code @}), and cells longer than their column allows. Checked before anything else is read into memory.
 */
public final class HostileContent {

    private HostileContent() {
    }

    /** What is wrong with the cell, if anything. */
    public static Optional<String> problem(DedicatedFileColumn column, String value, boolean formula) {
        if (formula) {
            return Optional.of("a formula: the dedicated file takes values only (copy, then paste as values)");
        }
        if (value.length() > column.maxLength()) {
            return Optional.of("too long: " + value.length() + " characters, at most " + column.maxLength());
        }
        String stripped = value.strip();
        if (!stripped.isEmpty() && "=+-@".indexOf(stripped.charAt(0)) >= 0) {
            return Optional.of("starts with '" + stripped.charAt(0)
                    + "', which spreadsheets run as a formula: remove or reword the first character");
        }
        if (stripped.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return Optional.of("holds control characters");
        }
        return Optional.empty();
    }
}

package fr.education.traam.candidatures.fileimport;

import java.util.EnumMap;
import java.util.Map;

/** A data row of the dedicated file, its cells by column. */
public record FileRow(int number, Map<DedicatedFileColumn, String> cells) {

    public FileRow {
        cells = new EnumMap<>(cells);
    }

    /** The cell, stripped of surrounding spaces; empty when blank. */
    public String cell(DedicatedFileColumn column) {
        return cells.getOrDefault(column, "").strip();
    }
}

package fr.education.traam.candidatures.fileimport;

import fr.education.traam.kit.domain.Refusal;

/** What the dedicated file's rules refuse. */
public enum DedicatedFileRefusal implements Refusal {
    /** No dedicated-file import has this id. */
    IMPORT_NOT_FOUND,
    /** One import at a time per campaign and académie. */
    IMPORT_RUNNING,
    /** The import is past the step asked of it (validated, applied, accepted or rejected already). */
    IMPORT_FINISHED,
    /** Neither a CSV text file nor an Excel workbook, by its content. */
    NOT_A_SPREADSHEET,
    /** A CSV file that is not UTF-8 text. */
    NOT_UTF_8,
    /** A CSV file that does not parse. */
    MALFORMED_CSV,
    /** An XLSX workbook that cannot be read. */
    UNREADABLE_WORKBOOK,
    /** The file reads but breaks its rules: the report names each problem by row and column. */
    INVALID_DEDICATED_FILE
}

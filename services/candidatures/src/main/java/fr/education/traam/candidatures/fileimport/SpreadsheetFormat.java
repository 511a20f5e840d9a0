package fr.education.traam.candidatures.fileimport;

/** The two forms the dedicated file may take, told apart by content, never by the file's name. */
public enum SpreadsheetFormat {
    CSV,
    XLSX
}

package fr.education.traam.candidatures.fileimport;

import java.nio.file.Path;

/** Reads a dedicated file row by row as a stream, whatever its format; implemented beside the spreadsheet libraries. */
public interface DedicatedFileReader {

    /**
     * The format of the file by its content.
     *
     * @throws UnreadableFile of kind {@code UNSUPPORTED_CONTENT} when it is neither CSV nor XLSX
     */
    SpreadsheetFormat sniff(Path file);

    /**
     * Hands every row of the file's first sheet to {@code visitor}, the header first, until the visitor answers
     * false or the rows run out.
     *
     * @throws UnreadableFile when the file cannot be read as {@code format} (not UTF-8, a broken archive…)
     */
    void read(Path file, SpreadsheetFormat format, Visitor visitor);

    /** Receives the rows; answers false to stop reading. */
    interface Visitor {
        boolean row(SheetRow row);
    }
}

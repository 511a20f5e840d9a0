package fr.education.traam.candidatures.selection.web;

import fr.education.traam.candidatures.selection.application.ExportingCandidatures.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The export written as the import templates are: CSV (UTF-8 with a byte order mark, {@code ;}) or an XLSX workbook
 * (Apache POI). A cell that a spreadsheet would read as a formula is prefixed with an apostrophe in CSV, and XLSX
 * cells are plain strings, so an exported rationale never runs as one.
 */
final class CandidatureExport {

    static final List<String> HEADER = List.of("academy_code", "academy", "theme_id", "theme", "projects", "team_size", "state",
            "decision", "rationale", "published");

    private CandidatureExport() {
    }

    static byte[] csv(List<Row> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            printer.printRecord(HEADER);
            for (Row row : rows) {
                printer.printRecord(cells(row).stream().map(CandidatureExport::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(List<Row> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("candidatures");
            write(sheet, 0, HEADER);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet, i + 1, cells(rows.get(i)));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, int index, List<String> cells) {
        var row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static List<String> cells(Row row) {
        return List.of(row.academyCode(), row.academyName(), row.themeId(), row.themeTitle(), row.projects(),
                Integer.toString(row.teamSize()), row.state(), row.decision() == null ? "" : row.decision(),
                row.rationale() == null ? "" : row.rationale(), row.published() ? "yes" : "no");
    }

    /** CSV injection: a cell a spreadsheet would evaluate is kept as text. */
    private static String inert(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

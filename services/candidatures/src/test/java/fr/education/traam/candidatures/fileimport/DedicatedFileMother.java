package fr.education.traam.candidatures.fileimport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Dedicated files as an académie's DAN would export them from a spreadsheet, for tests. */
public final class DedicatedFileMother {

    private DedicatedFileMother() {
    }

    /** The template's example row for {@code themeId}, titled {@code title}: a Lyon project with its team. */
    public static Map<DedicatedFileColumn, String> row(String themeId, String title) {
        Map<DedicatedFileColumn, String> row = new EnumMap<>(DedicatedFileColumn.class);
        for (DedicatedFileColumn column : DedicatedFileColumn.values()) {
            row.put(column, column.example());
        }
        row.put(DedicatedFileColumn.THEME_ID, themeId);
        row.put(DedicatedFileColumn.PROJECT_TITLE, title);
        row.put(DedicatedFileColumn.KIND, "");
        return row;
    }

    public static Map<DedicatedFileColumn, String> with(Map<DedicatedFileColumn, String> row, DedicatedFileColumn column, String value) {
        Map<DedicatedFileColumn, String> changed = new EnumMap<>(row);
        changed.put(column, value);
        return changed;
    }

    public static List<String> header() {
        return Arrays.stream(DedicatedFileColumn.values()).map(DedicatedFileColumn::header).toList();
    }

    /** The header, then each row's cells in column order. */
    public static List<List<String>> table(List<Map<DedicatedFileColumn, String>> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(header());
        for (Map<DedicatedFileColumn, String> row : rows) {
            table.add(Arrays.stream(DedicatedFileColumn.values()).map(row::get).toList());
        }
        return table;
    }

    public static byte[] csv(List<Map<DedicatedFileColumn, String>> rows) {
        return csv(table(rows), ';');
    }

    public static byte[] csv(List<List<String>> table, char separator) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(separator).get())) {
            for (List<String> record : table) {
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(List<Map<DedicatedFileColumn, String>> rows) {
        return xlsx(table(rows), null);
    }

    /** An XLSX workbook written as a stream; {@code formulaAt} (row, column, both from 0), if given, holds a formula. */
    public static byte[] xlsx(List<List<String>> table, int[] formulaAt) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("projets");
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (formulaAt != null && formulaAt[0] == r && formulaAt[1] == c) {
                        cell.setCellFormula("CONCATENATE(\"Lettres\";\"\")".replace(';', ','));
                    } else {
                        cell.setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

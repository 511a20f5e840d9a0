package fr.education.traam.candidatures.fileimport.spreadsheet;

import fr.education.traam.candidatures.fileimport.DedicatedFileColumn;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The dedicated file's template: the header and one example row, which imports as it is into a campaign that
 * has the example's theme. The XLSX template has a second sheet describing each column; only the first is read.
 */
@Component
public class DedicatedFileTemplate {

    public byte[] write(SpreadsheetFormat format) {
        return format == SpreadsheetFormat.CSV ? csv() : xlsx();
    }

    private static byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A byte order mark, so that Excel opens the accents right; the reader skips it.
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            printer.printRecord(Arrays.stream(DedicatedFileColumn.values()).map(DedicatedFileColumn::header).toList());
            printer.printRecord(Arrays.stream(DedicatedFileColumn.values()).map(DedicatedFileColumn::example).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet projects = workbook.createSheet("projets");
            Row header = projects.createRow(0);
            Row example = projects.createRow(1);
            Sheet columns = workbook.createSheet("colonnes");
            DedicatedFileColumn[] all = DedicatedFileColumn.values();
            for (int i = 0; i < all.length; i++) {
                header.createCell(i).setCellValue(all[i].header());
                example.createCell(i).setCellValue(all[i].example());
                Row description = columns.createRow(i);
                description.createCell(0).setCellValue(all[i].header());
                description.createCell(1).setCellValue(all[i].description());
                description.createCell(2).setCellValue("at most " + all[i].maxLength() + " characters");
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

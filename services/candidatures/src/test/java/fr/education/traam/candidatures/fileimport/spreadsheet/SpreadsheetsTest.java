package fr.education.traam.candidatures.fileimport.spreadsheet;

import fr.education.traam.candidatures.fileimport.DedicatedFileMother;
import fr.education.traam.candidatures.fileimport.DedicatedFileRefusal;
import fr.education.traam.candidatures.fileimport.SheetRow;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import fr.education.traam.candidatures.fileimport.UnreadableFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static fr.education.traam.candidatures.fileimport.DedicatedFileMother.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the dedicated file as the spreadsheets of académies write it. */
class SpreadsheetsTest {

    private final Spreadsheets spreadsheets = new Spreadsheets();

    @TempDir
    Path directory;

    @Test
    void a_csv_file_is_read_with_or_without_a_byte_order_mark_and_with_either_separator() throws Exception {
        List<List<String>> table = DedicatedFileMother.table(List.of(row("ia-et-ecriture", "Écrire; réviser")));
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(DedicatedFileMother.csv(table, ','));

        for (byte[] content : List.of(withBom.toByteArray(), DedicatedFileMother.csv(table, ';'))) {
            Path file = write(content);
            assertThat(spreadsheets.sniff(file)).isEqualTo(SpreadsheetFormat.CSV);
            List<SheetRow> rows = readAll(file, SpreadsheetFormat.CSV);
            assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2);
            assertThat(rows.get(0).cells().get(0)).isEqualTo("theme_id");
            assertThat(rows.get(1).cells().get(2)).isEqualTo("Écrire; réviser");
        }
    }

    @Test
    void an_xlsx_workbook_is_read_as_a_stream_with_its_formulas_flagged() throws Exception {
        Path file = write(DedicatedFileMother.xlsx(DedicatedFileMother.table(List.of(row("ia-et-ecriture", "Projet"))), new int[]{1, 4}));

        assertThat(spreadsheets.sniff(file)).isEqualTo(SpreadsheetFormat.XLSX);
        List<SheetRow> rows = readAll(file, SpreadsheetFormat.XLSX);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells().get(2)).isEqualTo("Projet");
        assertThat(rows.get(1).formulas()).containsExactly(4);
    }

    @Test
    void utf_16_text_is_an_encoding_problem_and_binary_data_is_not_a_spreadsheet() throws Exception {
        byte[] utf16 = "theme_id;kind".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);

        assertThatThrownBy(() -> spreadsheets.sniff(write(withBom))).isInstanceOfSatisfying(UnreadableFile.class,
                problem -> assertThat(problem.refusal()).isEqualTo(DedicatedFileRefusal.NOT_UTF_8));
        assertThatThrownBy(() -> spreadsheets.sniff(write(new byte[]{'G', 'I', 'F', '8', '9', 'a', 0, 0}))).isInstanceOfSatisfying(
                UnreadableFile.class, problem -> assertThat(problem.refusal()).isEqualTo(DedicatedFileRefusal.NOT_A_SPREADSHEET));
    }

    @Test
    void a_failure_of_whoever_reads_the_rows_is_not_mistaken_for_a_broken_file() throws Exception {
        IllegalStateException databaseDown = new IllegalStateException("database down");
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            List<List<String>> table = DedicatedFileMother.table(List.of(row("ia-et-ecriture", "Projet")));
            Path file = write(format == SpreadsheetFormat.CSV ? DedicatedFileMother.csv(table, ';') : DedicatedFileMother.xlsx(table, null));

            assertThatThrownBy(() -> spreadsheets.read(file, format, row -> {
                throw databaseDown;
            })).isSameAs(databaseDown);
        }
    }

    @Test
    void a_workbook_declaring_a_dtd_or_inflating_like_a_zip_bomb_is_refused_as_unreadable() throws Exception {
        byte[] workbook = DedicatedFileMother.xlsx(DedicatedFileMother.table(List.of(row("ia-et-ecriture", "Projet"))), null);
        Path withEntity = write(rewriteSheet(workbook, sheet -> sheet.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM "
                + "\"file:///etc/hostname\">]>").replace("<v>", "<v>&secret;")));
        Path bomb = write(rewriteSheet(workbook, sheet -> sheet.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000))));

        for (var hostile : java.util.Map.of(withEntity, "DOCTYPE", bomb, "Zip bomb").entrySet()) {
            assertThat(spreadsheets.sniff(hostile.getKey())).isEqualTo(SpreadsheetFormat.XLSX);
            assertThatThrownBy(() -> readAll(hostile.getKey(), SpreadsheetFormat.XLSX)).isInstanceOfSatisfying(UnreadableFile.class,
                    problem -> {
                        assertThat(problem.refusal()).isEqualTo(DedicatedFileRefusal.UNREADABLE_WORKBOOK);
                        assertThat(problem.getMessage()).containsIgnoringCase(hostile.getValue());
                    });
        }
    }

    @Test
    void reading_stops_when_the_visitor_has_had_enough() throws Exception {
        List<List<String>> table = DedicatedFileMother.table(List.of(row("t", "1"), row("t", "2"), row("t", "3")));
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            Path file = write(format == SpreadsheetFormat.CSV ? DedicatedFileMother.csv(table, ';') : DedicatedFileMother.xlsx(table, null));
            List<SheetRow> seen = new ArrayList<>();

            spreadsheets.read(file, format, row -> seen.add(row) && seen.size() < 2);

            assertThat(seen).as("%s", format).hasSize(2);
        }
    }

    /** The workbook with its first sheet's XML changed, every other entry as it was. */
    private byte[] rewriteSheet(byte[] workbook, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Read through the central directory: the streaming writer leaves sizes out of the local headers.
        try (ZipFile in = new ZipFile(write(workbook).toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private List<SheetRow> readAll(Path file, SpreadsheetFormat format) {
        List<SheetRow> rows = new ArrayList<>();
        spreadsheets.read(file, format, rows::add);
        return rows;
    }

    private Path write(byte[] content) throws Exception {
        return Files.write(Files.createTempFile(directory, "file-", ".bin"), content);
    }
}

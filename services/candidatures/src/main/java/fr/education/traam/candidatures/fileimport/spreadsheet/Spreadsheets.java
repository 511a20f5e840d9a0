package fr.education.traam.candidatures.fileimport.spreadsheet;

import fr.education.traam.candidatures.fileimport.DedicatedFileReader;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import fr.education.traam.candidatures.fileimport.UnreadableFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells CSV from XLSX by the first bytes and reads either as a stream of rows. Anything else, an old binary
 * {@code .xls}, a PDF or an image included, is not a spreadsheet we take.
 */
@Component
class Spreadsheets implements DedicatedFileReader {

    private static final int SNIFFED = 8192;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] UTF16_LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE = {(byte) 0xFE, (byte) 0xFF};

    static {
        // A workbook is a ZIP archive: refuse entries that inflate more than 100 times or beyond 100 MB (zip bombs).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    @Override
    public SpreadsheetFormat sniff(Path file) {
        byte[] head = head(file);
        if (startsWith(head, ZIP)) {
            requireWorkbook(file);
            return SpreadsheetFormat.XLSX;
        }
        if (startsWith(head, OLE2)) {
            throw UnreadableFile.notASpreadsheet("an old binary Excel workbook (.xls) or another Office document: "
                    + "save it as an Excel workbook (.xlsx) or as CSV UTF-8");
        }
        if (startsWith(head, UTF16_LE) || startsWith(head, UTF16_BE)) {
            // Excel's "Unicode text": a spreadsheet export, only in the wrong encoding
            throw CsvRows.notUtf8();
        }
        if (startsWith(head, PDF)) {
            throw UnreadableFile.notASpreadsheet("a PDF document: export the spreadsheet as an Excel workbook (.xlsx) or CSV UTF-8");
        }
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C)) {
                throw UnreadableFile.notASpreadsheet("neither a CSV text file nor an Excel workbook (.xlsx): "
                        + "it holds binary data (byte " + b + " at offset " + i + ")");
            }
        }
        return SpreadsheetFormat.CSV;
    }

    @Override
    public void read(Path file, SpreadsheetFormat format, Visitor visitor) {
        switch (format) {
            case CSV -> CsvRows.read(file, visitor);
            case XLSX -> XlsxRows.read(file, visitor);
        }
    }

    private static void requireWorkbook(Path file) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            new XSSFReader(workbook).getWorkbookData().close();
        } catch (Exception notAWorkbook) {
            throw UnreadableFile.notASpreadsheet("a ZIP archive but not an Excel workbook (.xlsx): " + notAWorkbook.getMessage());
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFFED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}

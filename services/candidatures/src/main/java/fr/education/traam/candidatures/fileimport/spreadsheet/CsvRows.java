package fr.education.traam.candidatures.fileimport.spreadsheet;

import fr.education.traam.candidatures.fileimport.DedicatedFileReader;
import fr.education.traam.candidatures.fileimport.SheetRow;
import fr.education.traam.candidatures.fileimport.DedicatedFileRefusal;
import fr.education.traam.candidatures.fileimport.UnreadableFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CSV dedicated file read record by record. UTF-8 only, with or without a byte order mark: a byte that is not
 * UTF-8 stops the reading with a hint, rather than turning accents into question marks. The separator is
 * {@code ;} (what a French spreadsheet writes) or {@code ,}, whichever the header line has more of.
 */
final class CsvRows {

    private static final int HEADER_LIMIT = 64 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvRows() {
    }

    static void read(Path file, DedicatedFileReader.Visitor visitor) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            reader.mark(HEADER_LIMIT);
            int first = reader.read();
            if (first != BYTE_ORDER_MARK) {
                reader.reset();
            }
            char separator = separator(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    if (!VisitorFailed.visit(visitor, new SheetRow((int) record.getRecordNumber(), cells, Set.of()))) {
                        return;
                    }
                }
            }
        } catch (VisitorFailed failed) {
            throw failed.getCause();
        } catch (CharacterCodingException notUtf8) {
            throw notUtf8();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8();
            }
            throw UnreadableFile.unreadable(DedicatedFileRefusal.MALFORMED_CSV, "not a well-formed CSV file: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw UnreadableFile.unreadable(DedicatedFileRefusal.MALFORMED_CSV, "not a well-formed CSV file: " + e.getMessage());
        } catch (IllegalStateException e) {
            // commons-csv reports an unterminated quoted cell this way
            throw UnreadableFile.unreadable(DedicatedFileRefusal.MALFORMED_CSV, "not a well-formed CSV file: " + e.getMessage());
        }
    }

    /** {@code ;} or {@code ,}: the one the header line (read, then given back) holds more of. */
    private static char separator(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LIMIT);
        char[] buffer = new char[HEADER_LIMIT];
        int length = reader.read(buffer, 0, HEADER_LIMIT);
        reader.reset();
        int semicolons = 0;
        int commas = 0;
        for (int i = 0; i < length && buffer[i] != '\n' && buffer[i] != '\r'; i++) {
            semicolons += buffer[i] == ';' ? 1 : 0;
            commas += buffer[i] == ',' ? 1 : 0;
        }
        return commas > semicolons ? ',' : ';';
    }

    static UnreadableFile notUtf8() {
        return UnreadableFile.unreadable(DedicatedFileRefusal.NOT_UTF_8, "the file is not UTF-8 text: in your spreadsheet, save it as "
                + "\"CSV UTF-8 (comma delimited)\" (Excel) or choose the UTF-8 character set (LibreOffice)");
    }
}

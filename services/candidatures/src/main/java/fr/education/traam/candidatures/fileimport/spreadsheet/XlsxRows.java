package fr.education.traam.candidatures.fileimport.spreadsheet;

import fr.education.traam.candidatures.fileimport.DedicatedFileReader;
import fr.education.traam.candidatures.fileimport.SheetRow;
import fr.education.traam.candidatures.fileimport.DedicatedFileRefusal;
import fr.education.traam.candidatures.fileimport.UnreadableFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first sheet of an XLSX dedicated file, read with POI's event API (SAX over the sheet's XML), never loaded
 * whole. The XML reader is POI's hardened one (no DTD, no external entities), the archive is guarded by
 * {@code ZipSecureFile}'s limits, and a cell holding a formula is flagged rather than evaluated.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(Path file, DedicatedFileReader.Visitor visitor) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                Rows rows = new Rows(visitor);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new FormulaSpotter(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows, numbers(), false), rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (Stopped stopped) {
            // the visitor had enough rows
        } catch (VisitorFailed failed) {
            throw failed.getCause();
        } catch (UnreadableFile refused) {
            throw refused;
        } catch (Exception broken) {
            throw UnreadableFile.unreadable(DedicatedFileRefusal.UNREADABLE_WORKBOOK, "the workbook cannot be read: " + broken.getMessage());
        }
    }

    /**
     * Numbers as written whatever the server's locale (a CRCN code typed as 2.3 must not read "2,3"); one per read,
     * since a formatter is not safe to share between threads.
     */
    private static DataFormatter numbers() {
        return new DataFormatter(Locale.ROOT);
    }

    /** Collects the cells of each row in column order and hands the row over. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final DedicatedFileReader.Visitor visitor;
        private final List<String> cells = new ArrayList<>();
        private final Set<Integer> formulas = new HashSet<>();
        private int column = -1;

        Rows(DedicatedFileReader.Visitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            formulas.clear();
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            if (!VisitorFailed.visit(visitor, new SheetRow(rowNum + 1, cells, formulas))) {
                throw new Stopped();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value == null ? "" : value);
        }

        void formulaAt(String reference) {
            int at = reference == null ? column + 1 : new CellReference(reference).getCol();
            formulas.add(at);
            while (cells.size() <= at) {
                cells.add("");
            }
        }
    }

    /** Passes the sheet's XML to POI's handler, noting on the way which cells hold a formula ({@code <f>}). */
    private static final class FormulaSpotter implements ContentHandler {

        private final ContentHandler delegate;
        private final Rows rows;
        private String cell;

        FormulaSpotter(ContentHandler delegate, Rows rows) {
            this.delegate = delegate;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName)) {
                cell = atts.getValue("r");
            } else if ("f".equals(localName)) {
                rows.formulaAt(cell);
            }
            delegate.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            delegate.characters(ch, start, length);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            delegate.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            delegate.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            delegate.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            delegate.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            delegate.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            delegate.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            delegate.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            delegate.skippedEntity(name);
        }
    }

    /** Ends the SAX parse early when the visitor asks to stop. */
    private static final class Stopped extends RuntimeException {

        Stopped() {
            super(null, null, false, false);
        }
    }
}

package fr.education.traam.productions.attachment.application;

import fr.education.traam.kit.domain.Refused;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfMetadataTest {

    private static final String AUTHOR = "Paul Martin";

    @Test
    void a_pdf_loses_its_author_and_its_xmp_and_still_opens_with_its_pages() throws Exception {
        byte[] pdf = pdfBy(AUTHOR);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as("the fixture names its author").contains(AUTHOR);

        byte[] stripped = new PdfMetadata().strip(pdf);

        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain(AUTHOR).doesNotContain("x:xmpmeta");
        try (PDDocument read = Loader.loadPDF(stripped)) {
            assertThat(read.getNumberOfPages()).isEqualTo(2);
            assertThat(read.getDocumentInformation().getAuthor()).isNull();
            assertThat(read.getDocumentCatalog().getMetadata()).isNull();
        }
    }

    @Test
    void what_is_not_a_pdf_is_refused_as_unreadable() {
        assertThatThrownBy(() -> new PdfMetadata().strip("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Refused.class);
    }

    private static byte[] pdfBy(String author) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor(author);
            info.setTitle("Séquence de " + author);
            document.setDocumentInformation(info);
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + author + "</dc:creator></x:xmpmeta>")
                    .getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}

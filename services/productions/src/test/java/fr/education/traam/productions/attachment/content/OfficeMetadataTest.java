package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.AttachmentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static fr.education.traam.productions.attachment.AttachmentSamples.PUPIL;
import static fr.education.traam.productions.attachment.AttachmentSamples.ascii;
import static fr.education.traam.productions.attachment.AttachmentSamples.docxParts;
import static fr.education.traam.productions.attachment.AttachmentSamples.namesThePupil;
import static fr.education.traam.productions.attachment.AttachmentSamples.odtParts;
import static fr.education.traam.productions.attachment.AttachmentSamples.utf8;
import static fr.education.traam.productions.attachment.AttachmentSamples.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Office documents lose their authors and keep their text; those carrying macros are refused, whatever they claim to be. */
class OfficeMetadataTest {

    @Test
    void an_opendocument_text_loses_its_creators_keeps_its_content_and_its_mimetype_first_and_stored() {
        Map<String, byte[]> parts = odtParts();
        byte[] odt = zip(parts);
        assertThat(ContentSniffer.typeOf(odt)).isEqualTo(AttachmentType.ODT);

        Map<String, Part> stripped = entries(new OfficeMetadata().strip(odt));

        assertThat(stripped.keySet()).as("every part, in its order").containsExactlyElementsOf(parts.keySet());
        assertThat(stripped.get("mimetype").method()).isEqualTo(ZipEntry.STORED);
        String meta = stripped.get("meta.xml").text();
        assertThat(meta).doesNotContain(PUPIL).doesNotContain("initial-creator").doesNotContain("dc:creator")
                .contains("office:version=\"1.3\"");
        assertThat(stripped.get("content.xml").bytes()).as("the document, unchanged").isEqualTo(parts.get("content.xml"));
        assertThat(stripped.values()).noneMatch(part -> namesThePupil(part.bytes()));
        assertThat(ContentSniffer.typeOf(new OfficeMetadata().strip(odt))).isEqualTo(AttachmentType.ODT);
    }

    @Test
    void a_word_document_loses_its_creator_and_last_editor_and_keeps_its_document_part() {
        Map<String, byte[]> parts = docxParts();
        byte[] docx = zip(parts);
        assertThat(ContentSniffer.typeOf(docx)).isEqualTo(AttachmentType.DOCX);

        Map<String, Part> stripped = entries(new OfficeMetadata().strip(docx));

        assertThat(stripped.keySet()).containsExactlyElementsOf(parts.keySet());
        assertThat(stripped.get("docProps/core.xml").text()).doesNotContain(PUPIL).doesNotContain("lastModifiedBy")
                .doesNotContain("<dc:creator").contains("cp:coreProperties");
        assertThat(stripped.get("word/document.xml").bytes()).as("the document, unchanged").isEqualTo(parts.get("word/document.xml"));
        assertThat(stripped.values()).noneMatch(part -> namesThePupil(part.bytes()));
    }

    @Test
    void a_document_carrying_macros_is_refused_even_under_a_macro_free_type() {
        Map<String, byte[]> docm = docxParts(); // its content types claim a plain .docx
        docm.put("word/vbaProject.bin", ascii("\u00d0\u00cf\u0011\u00e0 Sub AutoOpen()"));
        Map<String, byte[]> declared = docxParts();
        declared.put("[Content_Types].xml", utf8(new String(declared.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("document.main+xml", "document.macroEnabled.main+xml")));
        Map<String, byte[]> odtWithBasic = new LinkedHashMap<>(odtParts());
        odtWithBasic.put("Basic/Standard/Module1.xml", utf8("<script:module script:name=\"Module1\">Sub Main</script:module>"));

        for (Map<String, byte[]> macros : List.of(docm, declared, odtWithBasic)) {
            assertThatThrownBy(() -> ContentSniffer.typeOf(zip(macros))).as(macros.keySet().toString())
                    .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal()).isEqualTo(AttachmentRefusal.TYPE_NOT_ACCEPTED));
        }
    }

    @Test
    void a_macro_project_under_another_name_is_refused_by_the_content_type_it_declares() {
        Map<String, byte[]> hidden = docxParts();
        hidden.put("[Content_Types].xml", utf8(new String(hidden.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("</Types>", "<Override PartName=\"/word/media/image1.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")));
        hidden.put("word/media/image1.bin", ascii("\u00d0\u00cf\u0011\u00e0 Sub AutoOpen()"));

        assertThatThrownBy(() -> ContentSniffer.typeOf(zip(hidden))).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(AttachmentRefusal.TYPE_NOT_ACCEPTED));
    }

    private record Part(int method, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Part> entries(byte[] zip) {
        Map<String, Part> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new Part(entry.getMethod(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}

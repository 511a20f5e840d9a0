package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentFileName;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.AttachmentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static fr.education.traam.productions.attachment.AttachmentSamples.PUPIL;
import static fr.education.traam.productions.attachment.AttachmentSamples.ascii;
import static fr.education.traam.productions.attachment.AttachmentSamples.encoded;
import static fr.education.traam.productions.attachment.AttachmentSamples.jpegWithMetadata;
import static fr.education.traam.productions.attachment.AttachmentSamples.picture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Types come from the bytes; names are cleaned; captions lose their notes. */
class SniffingTest {

    @Test
    void the_type_comes_from_the_bytes() {
        assertThat(ContentSniffer.typeOf(jpegWithMetadata())).isEqualTo(AttachmentType.JPEG);
        assertThat(ContentSniffer.typeOf(encoded(picture(), "png"))).isEqualTo(AttachmentType.PNG);
        assertThat(ContentSniffer.typeOf(ascii("%PDF-1.7\n"))).isEqualTo(AttachmentType.PDF);
        assertThat(ContentSniffer.typeOf(ascii("\0\0\0\u0018ftypisom\0\0\u0002\0"))).isEqualTo(AttachmentType.MP4);
        assertThat(ContentSniffer.typeOf("WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(AttachmentType.WEBVTT);
    }

    @Test
    void svg_html_quicktime_and_unknown_bytes_are_refused_whatever_they_are_called() {
        for (String refused : new String[]{"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "<!DOCTYPE html><html><script>alert(1)</script></html>", "\0\0\0\u0014ftypqt  \0\0\0\0", "just some text"}) {
            assertThatThrownBy(() -> ContentSniffer.typeOf(ascii(refused))).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.refusal()).isEqualTo(AttachmentRefusal.TYPE_NOT_ACCEPTED));
        }
    }

    @Test
    void a_name_loses_its_path_control_and_direction_characters_and_ends_with_its_real_type() {
        assertThat(AttachmentFileName.of("C:\\Users\\zoe\\..\\photo de classe.png", AttachmentType.JPEG)).isEqualTo("photo de classe.jpg");
        assertThat(AttachmentFileName.of("../../etc/passwd", AttachmentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(AttachmentFileName.of("rapport\u202Efdp.exe", AttachmentType.PDF)).isEqualTo("rapportfdp.exe.pdf");
        assertThat(AttachmentFileName.of("Se\u0301quence\r\n1.odt", AttachmentType.ODT)).isEqualTo("Séquence 1.odt");
        assertThat(AttachmentFileName.of("  ...  ", AttachmentType.PNG)).isEqualTo("piece-jointe.png");
        assertThat(AttachmentFileName.of("a".repeat(500) + ".mp4", AttachmentType.MP4)).hasSize(AttachmentFileName.MAX_LENGTH).endsWith(".mp4");
    }

    @Test
    void captions_lose_their_header_text_and_notes_and_keep_their_cues() {
        String vtt = "\uFEFFWEBVTT - sous-titré par " + PUPIL + "\r\nKind: captions\r\n\r\nNOTE relu par " + PUPIL
                + "\r\n\r\nSTYLE\r\n::cue { color: yellow }\r\n\r\n00:00.000 --> 00:01.000\r\nBonjour\r\n";

        String stripped = new String(new WebVttMetadata().strip(vtt.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        assertThat(stripped).isEqualTo("WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\n00:00.000 --> 00:01.000\nBonjour\n");
    }
}

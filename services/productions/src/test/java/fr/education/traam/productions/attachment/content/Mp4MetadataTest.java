package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Mp4MetadataTest {

    @Test
    void user_data_becomes_a_free_box_of_the_same_size_so_the_media_s_offsets_stay_valid() {
        byte[] udta = box("udta", box("\u00a9nam", "Paul Martin filme sa classe".getBytes(StandardCharsets.UTF_8)));
        byte[] moov = box("moov", concat(box("mvhd", new byte[12]), udta));
        byte[] mdat = box("mdat", "IMAGES-DE-LA-VIDEO".getBytes(StandardCharsets.US_ASCII));
        byte[] mp4 = concat(box("ftyp", "isom\0\0\0\0".getBytes(StandardCharsets.US_ASCII)), moov, mdat);

        byte[] stripped = new Mp4Metadata().strip(mp4);

        String text = new String(stripped, StandardCharsets.ISO_8859_1);
        assertThat(stripped).hasSameSizeAs(mp4);
        assertThat(text).doesNotContain("Paul Martin").doesNotContain("udta").contains("free");
        int mdatAt = mp4.length - mdat.length;
        assertThat(text.substring(mdatAt)).as("the media, where its offsets say").isEqualTo(
                new String(mdat, StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_box_past_its_container_is_refused() {
        byte[] ftyp = box("ftyp", "isom\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
        byte[] broken = concat(ftyp, ByteBuffer.allocate(8).putInt(4_000).put("moov".getBytes(StandardCharsets.US_ASCII)).array());

        assertThatThrownBy(() -> new Mp4Metadata().strip(broken)).isInstanceOf(Refused.class);
    }

    private static byte[] box(String type, byte[] content) {
        return ByteBuffer.allocate(8 + content.length).putInt(8 + content.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(content).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

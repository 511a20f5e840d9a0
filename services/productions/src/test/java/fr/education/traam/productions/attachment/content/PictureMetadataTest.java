package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static fr.education.traam.productions.attachment.AttachmentSamples.PUPIL;
import static fr.education.traam.productions.attachment.AttachmentSamples.ascii;
import static fr.education.traam.productions.attachment.AttachmentSamples.concat;
import static fr.education.traam.productions.attachment.AttachmentSamples.encoded;
import static fr.education.traam.productions.attachment.AttachmentSamples.jpegWithMetadata;
import static fr.education.traam.productions.attachment.AttachmentSamples.namesThePupil;
import static fr.education.traam.productions.attachment.AttachmentSamples.picture;
import static fr.education.traam.productions.attachment.AttachmentSamples.pngWithMetadata;
import static fr.education.traam.productions.attachment.AttachmentSamples.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pictures lose what names their subject or author and still decode to the same pixels. */
class PictureMetadataTest {

    @Test
    void a_jpeg_loses_its_exif_xmp_iptc_other_application_segments_and_comments_and_keeps_jfif() throws IOException {
        byte[] jpeg = jpegWithMetadata();
        assertThat(namesThePupil(jpeg)).as("the sample carries the metadata").isTrue();

        byte[] stripped = new JpegMetadata().strip(jpeg);

        assertThat(namesThePupil(stripped)).isFalse();
        assertThat(markers(stripped)).doesNotContain(0xE1, 0xED, 0xEB, 0xFE).contains(0xE0, 0xDB, 0xC0, 0xC4, 0xDA);
        assertThat(new String(stripped, 6, 5, StandardCharsets.ISO_8859_1)).isEqualTo("JFIF\0");
        assertThat(pixels(stripped)).as("the same image").isEqualTo(pixels(jpeg));
    }

    @Test
    void a_jpeg_keeps_its_icc_profile_and_drops_a_comment_between_progressive_scans_and_what_follows_its_end() {
        byte[] jpeg = encoded(picture(), "jpg");
        int afterJfif = 4 + ((jpeg[4] & 0xff) << 8 | jpeg[5] & 0xff);
        int eoi = jpeg.length - 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        segment(out, 0xE2, ascii("ICC_PROFILE\0\u0001\u0001profile"));
        out.write(jpeg, afterJfif, eoi - afterJfif);
        segment(out, 0xFE, ascii(PUPIL)); // where a second scan's header would come
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD9});
        out.writeBytes(ascii("<script>" + PUPIL + "</script>"));

        byte[] stripped = new JpegMetadata().strip(out.toByteArray());

        assertThat(namesThePupil(stripped)).isFalse();
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).contains("ICC_PROFILE").doesNotContain("script");
        assertThat(Arrays.copyOfRange(stripped, stripped.length - 2, stripped.length)).containsExactly(0xFF, 0xD9);
    }

    @Test
    void a_png_loses_its_text_xmp_exif_and_time_chunks_and_decodes_to_the_same_pixels() throws IOException {
        byte[] png = pngWithMetadata();
        assertThat(chunks(png)).contains("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

        byte[] stripped = new PngMetadata().strip(png);

        assertThat(namesThePupil(stripped)).isFalse();
        assertThat(chunks(stripped)).doesNotContain("tEXt", "zTXt", "iTXt", "eXIf", "tIME").startsWith("IHDR").endsWith("IEND")
                .contains("IDAT");
        assertThat(pixels(stripped)).isEqualTo(pixels(png));
    }

    @Test
    void a_gif_loses_its_comments_and_xmp_keeps_its_loop_and_decodes_to_the_same_pixels() throws IOException {
        byte[] gif = encoded(indexed(), "gif");
        int afterScreen = 13 + 3 * (1 << ((gif[10] & 0x07) + 1));
        byte[] loop = concat(new byte[]{0x21, (byte) 0xFF, 11}, ascii("NETSCAPE2.0"), new byte[]{3, 1, 0, 0, 0});
        byte[] comment = concat(new byte[]{0x21, (byte) 0xFE, (byte) (PUPIL.length() + 8)}, ascii("Photo : " + PUPIL), new byte[]{0});
        byte[] xmp = concat(new byte[]{0x21, (byte) 0xFF, 11}, ascii("XMP DataXMP"), new byte[]{(byte) (PUPIL.length() + 5)},
                ascii("<x:x>" + PUPIL), new byte[]{0});
        byte[] withMetadata = concat(Arrays.copyOfRange(gif, 0, afterScreen), loop, comment, xmp,
                Arrays.copyOfRange(gif, afterScreen, gif.length), ascii("<html>" + PUPIL));
        assertThat(pixels(withMetadata)).as("ImageIO reads the sample").isEqualTo(pixels(gif));

        byte[] stripped = new GifMetadata().strip(withMetadata);

        assertThat(namesThePupil(stripped)).isFalse();
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).contains("NETSCAPE2.0").doesNotContain("XMP DataXMP", "html");
        assertThat(stripped[stripped.length - 1]).isEqualTo((byte) 0x3B);
        assertThat(pixels(stripped)).isEqualTo(pixels(gif));
    }

    /**
     * The JDK has no WebP codec: the file is built chunk by chunk, and what is checked is its structure — the image's
     * chunk byte for byte, the flags and the RIFF size that decoders read first.
     */
    @Test
    void a_webp_loses_its_exif_and_xmp_chunks_its_flags_and_its_riff_size_follow() {
        byte[] vp8x = concat(new byte[]{0x1C, 0, 0, 0}, new byte[]{31, 0, 0, 23, 0, 0}); // ICC, EXIF, XMP; 32 x 24
        byte[] image = concat(new byte[]{0x2F, 0x1F, (byte) 0xC0, 0x05, 0x00}, ascii("lossless-bitstream"));
        byte[] icc = ascii("icc-profile!");
        byte[] body = concat(ascii("WEBP"), riffChunk("VP8X", vp8x), riffChunk("ICCP", icc), riffChunk("VP8L", image),
                riffChunk("EXIF", ascii("MM\0*" + PUPIL + "-exif")), riffChunk("XMP ", ascii("<x:xmpmeta>" + PUPIL + "</x:xmpmeta>")));
        byte[] webp = concat(ascii("RIFF"), le32(body.length), body);

        byte[] stripped = new WebpMetadata().strip(webp);

        assertThat(namesThePupil(stripped)).isFalse();
        byte[] expectedBody = concat(ascii("WEBP"), riffChunk("VP8X", concat(new byte[]{0x10, 0, 0, 0}, new byte[]{31, 0, 0, 23, 0, 0})),
                riffChunk("ICCP", icc), riffChunk("VP8L", image));
        assertThat(stripped).isEqualTo(concat(ascii("RIFF"), le32(expectedBody.length), expectedBody));
    }

    @Test
    void a_picture_cut_short_is_unreadable_rather_than_stored_unstripped() {
        byte[] jpeg = jpegWithMetadata();
        assertThatThrownBy(() -> new JpegMetadata().strip(Arrays.copyOf(jpeg, 40)))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal()).isEqualTo(AttachmentRefusal.UNREADABLE));
        byte[] png = pngWithMetadata();
        assertThatThrownBy(() -> new PngMetadata().strip(Arrays.copyOf(png, png.length - 20)))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal()).isEqualTo(AttachmentRefusal.UNREADABLE));
    }

    static byte[] riffChunk(String fourCc, byte[] data) {
        byte[] padded = data.length % 2 == 0 ? data : Arrays.copyOf(data, data.length + 1);
        return concat(ascii(fourCc), le32(data.length), padded);
    }

    static byte[] le32(int value) {
        return new byte[]{(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    private static BufferedImage indexed() {
        byte[] levels = {0, (byte) 128, (byte) 255, 64};
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(2, 4, levels, levels, new byte[]{(byte) 255, 0, 0, (byte) 255}));
        image.createGraphics().drawImage(picture(), 0, 0, null);
        return image;
    }

    private static int[] pixels(byte[] encoded) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(encoded));
        assertThat(image).as("ImageIO decodes it").isNotNull();
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length) {
            int marker = jpeg[at + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff);
        }
        return markers;
    }

    private static List<String> chunks(byte[] png) {
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = (png[at] & 0xff) << 24 | (png[at + 1] & 0xff) << 16 | (png[at + 2] & 0xff) << 8 | png[at + 3] & 0xff;
            types.add(new String(png, at + 4, 4, StandardCharsets.ISO_8859_1));
            at += 12 + length;
        }
        return types;
    }
}

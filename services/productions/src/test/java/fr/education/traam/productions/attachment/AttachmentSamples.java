package fr.education.traam.productions.attachment;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Small real files, made here: pictures drawn and encoded by ImageIO, then given, by hand, the metadata a camera or an
 * editor would write — each naming the pupil {@link #PUPIL}, whom no stripped file may name.
 */
public final class AttachmentSamples {

    /** The name every metadata field of the samples carries. */
    public static final String PUPIL = "Zoe-Pupille";

    private AttachmentSamples() {
    }

    public static BufferedImage picture() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.ORANGE);
        g.fillOval(8, 4, 16, 16);
        g.dispose();
        return image;
    }

    public static byte[] encoded(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG from ImageIO (SOI, JFIF APP0…) with EXIF and XMP (APP1), IPTC (APP13) and a comment after its JFIF. */
    public static byte[] jpegWithMetadata() {
        byte[] jpeg = encoded(picture(), "jpg");
        int afterJfif = 4 + ((jpeg[4] & 0xff) << 8 | jpeg[5] & 0xff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        segment(out, 0xE1, concat(ascii("Exif\0\0MM\0*\0\0\0\u0008"), ascii("Artist\0" + PUPIL + "-exif")));
        segment(out, 0xE1, ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>" + PUPIL + "-xmp</dc:creator></x:xmpmeta>"));
        segment(out, 0xED, ascii("Photoshop 3.0\u00008BIM\u0004\u0004\0\0\0\0\0\u0010\u001c\u0002\u0050" + PUPIL + "-iptc"));
        segment(out, 0xEB, ascii("JP\0\u0001" + PUPIL + "-app11"));
        segment(out, 0xFE, ascii("Photo de " + PUPIL + "-comment"));
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    /** A PNG from ImageIO with text, compressed text, international text (XMP), EXIF and time chunks after its header. */
    public static byte[] pngWithMetadata() {
        byte[] png = encoded(picture(), "png");
        int afterHeader = 8 + 12 + 13; // signature, then IHDR
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        chunk(out, "tEXt", ascii("Author\0" + PUPIL + "-text"));
        chunk(out, "zTXt", ascii(PUPIL + "-ztxt\0\0\u0078\u009c\u0003\0\0\0\0\u0001"));
        chunk(out, "iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + PUPIL + "-xmp</x:xmpmeta>"));
        chunk(out, "eXIf", ascii("MM\0*\0\0\0\u0008" + PUPIL + "-exif"));
        chunk(out, "tIME", new byte[]{0x07, (byte) 0xEA, 3, 14, 9, 30, 0});
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    public static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xff);
        out.writeBytes(data);
    }

    public static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typed = concat(ascii(type), data);
        out.writeBytes(typed);
        CRC32 crc = new CRC32();
        crc.update(typed);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Whether {@code content} names the pupil anywhere, in bytes as they are (Latin-1) or as UTF-16 (PDF strings). */
    public static boolean namesThePupil(byte[] content) {
        if (new String(content, StandardCharsets.ISO_8859_1).contains(PUPIL)) {
            return true;
        }
        for (int offset = 0; offset < 2 && offset < content.length; offset++) {
            if (new String(content, offset, content.length - offset, StandardCharsets.UTF_16BE).contains(PUPIL)
                    || new String(content, offset, content.length - offset, StandardCharsets.UTF_16LE).contains(PUPIL)) {
                return true;
            }
        }
        return false;
    }
}

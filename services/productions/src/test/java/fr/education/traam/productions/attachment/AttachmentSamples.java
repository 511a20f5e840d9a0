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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

    /** An EBML element (WebM, Matroska): its id as written (1 to 4 bytes), its size as the shortest vint, its data. */
    public static byte[] ebml(long id, byte[]... data) {
        byte[] content = concat(data);
        int idLength = 1 + (63 - Long.numberOfLeadingZeros(id)) / 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = idLength - 1; i >= 0; i--) {
            out.write((int) (id >>> (8 * i)));
        }
        int sizeLength = 1;
        while (content.length >= (1L << (7 * sizeLength)) - 1) {
            sizeLength++;
        }
        long size = content.length | 1L << (7 * sizeLength);
        for (int i = sizeLength - 1; i >= 0; i--) {
            out.write((int) (size >>> (8 * i)));
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    /**
     * {@code count} MPEG-1 Layer III frames (128 kb/s, 44.1 kHz: 417 bytes each), their payload numbered so that a
     * frame moved or cut shows.
     */
    public static byte[] mp3Frames(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int frame = 0; frame < count; frame++) {
            byte[] bytes = new byte[417];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFB;
            bytes[2] = (byte) 0x90;
            bytes[3] = 0x44;
            for (int i = 4; i < bytes.length; i++) {
                bytes[i] = (byte) (frame * 31 + i);
            }
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** An ID3v2.3 tag holding the text frames given by id ({@code TIT2}, {@code TPE1}…), Latin-1. */
    public static byte[] id3v2(Map<String, String> textFrames) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        textFrames.forEach((id, text) -> {
            byte[] value = concat(new byte[]{0}, ascii(text));
            frames.writeBytes(ascii(id));
            frames.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
            frames.writeBytes(new byte[2]);
            frames.writeBytes(value);
        });
        int size = frames.size();
        byte[] header = concat(ascii("ID3"), new byte[]{3, 0, 0,
                (byte) (size >> 21 & 0x7F), (byte) (size >> 14 & 0x7F), (byte) (size >> 7 & 0x7F), (byte) (size & 0x7F)});
        return concat(header, frames.toByteArray());
    }

    /** An ID3v1 trailer: {@code TAG}, then title, artist and album of 30 bytes each, year, comment, genre. */
    public static byte[] id3v1(String title, String artist) {
        byte[] tag = new byte[128];
        System.arraycopy(ascii("TAG"), 0, tag, 0, 3);
        System.arraycopy(ascii(title), 0, tag, 3, Math.min(30, title.length()));
        System.arraycopy(ascii(artist), 0, tag, 33, Math.min(30, artist.length()));
        System.arraycopy(ascii("2027"), 0, tag, 93, 4);
        tag[127] = (byte) 12;
        return tag;
    }

    /** A ZIP archive of {@code entries} in their order, {@code mimetype} stored (as OpenDocument wants), the rest deflated. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                if (part.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(part.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An OpenDocument text whose meta.xml names the pupil as its creator and initial creator. */
    public static Map<String, byte[]> odtParts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
        parts.put("META-INF/manifest.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"));
        parts.put("content.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"><office:body>"
                + "<office:text><text:p>Séquence : écrire avec une IA en 5e.</text:p></office:text></office:body>"
                + "</office:document-content>"));
        parts.put("meta.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"><office:meta>"
                + "<meta:initial-creator>" + PUPIL + "-initial</meta:initial-creator><dc:creator>" + PUPIL + "-creator</dc:creator>"
                + "<dc:title>Séquence</dc:title></office:meta></office:document-meta>"));
        return parts;
    }

    /** A Word document whose docProps/core.xml names the pupil as its creator and last editor. */
    public static Map<String, byte[]> docxParts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/><Relationship Id=\"rId2\" "
                + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
                + "Target=\"docProps/core.xml\"/></Relationships>"));
        parts.put("word/document.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                + "<w:t>Séquence : écrire avec une IA en 5e.</w:t></w:r></w:p></w:body></w:document>"));
        parts.put("docProps/core.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties "
                + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + PUPIL + "-creator</dc:creator>"
                + "<cp:lastModifiedBy>" + PUPIL + "-editor</cp:lastModifiedBy></cp:coreProperties>"));
        return parts;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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

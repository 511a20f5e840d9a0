package fr.education.traam.productions.attachment.content;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A WebP without its metadata: the EXIF and XMP chunks are dropped, the extended header's (VP8X) flags no longer
 * announce them, and the RIFF size is the new one; the image, its alpha, animation and ICC profile stay.
 */
public final class WebpMetadata implements MetadataStripper {

    private static final int EXIF_FLAG = 0x08, XMP_FLAG = 0x04;

    @Override
    public byte[] strip(byte[] webp) {
        if (!Bytes.startsWith(webp, 0, "RIFF") || !Bytes.startsWith(webp, 8, "WEBP")) {
            throw Bytes.unreadable("a WebP is a RIFF file of form WEBP");
        }
        long riffEnd = 8 + Bytes.u32le(webp, 4);
        Bytes.check(webp, 0, riffEnd);
        ByteArrayOutputStream out = new ByteArrayOutputStream(webp.length);
        out.write(webp, 0, 12);
        int at = 12;
        while (at < riffEnd) {
            String fourCc = Bytes.ascii(webp, at, 4);
            long size = Bytes.u32le(webp, at + 4);
            long whole = 8 + size + (size & 1); // chunks are padded to an even size
            if (at + whole > riffEnd) {
                throw Bytes.unreadable("a WebP chunk goes past the end of the file");
            }
            if (!fourCc.equals("EXIF") && !fourCc.equals("XMP ")) {
                byte[] chunk = Arrays.copyOfRange(webp, at, at + (int) whole);
                if (fourCc.equals("VP8X")) {
                    chunk[8] &= (byte) ~(EXIF_FLAG | XMP_FLAG);
                }
                out.write(chunk, 0, chunk.length);
            }
            at += (int) whole;
        }
        byte[] stripped = out.toByteArray();
        Bytes.putU32le(stripped, 4, stripped.length - 8L);
        return stripped;
    }
}

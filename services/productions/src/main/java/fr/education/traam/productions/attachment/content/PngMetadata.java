package fr.education.traam.productions.attachment.content;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * A PNG without its metadata: the text chunks (tEXt, zTXt, iTXt, where XMP lives too), EXIF (eXIf) and the time of the
 * last change (tIME) are dropped; every other chunk, and so the image, its palette, gamma and ICC profile, stays.
 * Reading stops at IEND: what follows it is not PNG.
 */
public final class PngMetadata implements MetadataStripper {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> DROPPED = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    @Override
    public byte[] strip(byte[] png) {
        Bytes.check(png, 0, SIGNATURE.length);
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                throw Bytes.unreadable("a PNG starts with its signature");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        while (true) {
            long length = Bytes.u32be(png, at);
            String type = Bytes.ascii(png, at + 4, 4);
            long whole = 12 + length;
            Bytes.check(png, at, whole);
            if (!DROPPED.contains(type)) {
                out.write(png, at, (int) whole);
            }
            at += (int) whole;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
    }
}

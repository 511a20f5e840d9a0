package fr.education.traam.productions.attachment.content;

import java.io.ByteArrayOutputStream;

/**
 * A GIF without its metadata: comment extensions go, and so do application extensions (XMP is one) but those that
 * animation needs (NETSCAPE2.0 and ANIMEXTS1.0, the loop count); graphic control and plain text extensions, the colour
 * tables and the images stay. Reading stops at the trailer.
 */
public final class GifMetadata implements MetadataStripper {

    private static final int EXTENSION = 0x21, IMAGE = 0x2C, TRAILER = 0x3B, COMMENT = 0xFE, APPLICATION = 0xFF;

    @Override
    public byte[] strip(byte[] gif) {
        if (!Bytes.startsWith(gif, 0, "GIF87a") && !Bytes.startsWith(gif, 0, "GIF89a")) {
            throw Bytes.unreadable("a GIF starts with GIF87a or GIF89a");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(gif.length);
        int packed = Bytes.u8(gif, 10);
        int at = 13 + colourTable(packed);
        Bytes.check(gif, 0, at);
        out.write(gif, 0, at);
        while (true) {
            int introducer = Bytes.u8(gif, at);
            if (introducer == TRAILER) {
                out.write(TRAILER);
                return out.toByteArray();
            }
            int start = at;
            if (introducer == EXTENSION) {
                int label = Bytes.u8(gif, at + 1);
                at = afterSubBlocks(gif, at + 2);
                if (label == COMMENT || label == APPLICATION && !animation(gif, start + 2)) {
                    continue;
                }
            } else if (introducer == IMAGE) {
                int imagePacked = Bytes.u8(gif, at + 9);
                at = afterSubBlocks(gif, at + 10 + colourTable(imagePacked) + 1); // the LZW minimum code size, then its data
            } else {
                throw Bytes.unreadable("a GIF block starts with 0x21, 0x2C or 0x3B");
            }
            out.write(gif, start, at - start);
        }
    }

    private static int colourTable(int packed) {
        return (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));
    }

    private static boolean animation(byte[] gif, int firstSubBlock) {
        return Bytes.u8(gif, firstSubBlock) == 11
                && (Bytes.startsWith(gif, firstSubBlock + 1, "NETSCAPE2.0") || Bytes.startsWith(gif, firstSubBlock + 1, "ANIMEXTS1.0"));
    }

    private static int afterSubBlocks(byte[] gif, int at) {
        int i = at;
        while (true) {
            int size = Bytes.u8(gif, i);
            i += 1 + size;
            if (size == 0) {
                return i;
            }
        }
    }
}

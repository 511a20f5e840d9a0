package fr.education.traam.productions.attachment.content;

import java.util.Arrays;
import java.util.Set;

/**
 * An MP4 without its metadata: every user-data ({@code udta}) and metadata ({@code meta}) box — title, author,
 * place, the recording device — and every XMP {@code uuid} box becomes a {@code free} box of the same size, zeroed,
 * so that no byte moves and the chunk offsets of the sample tables still point at the samples. Boxes are walked at
 * the top level and inside the containers that hold them ({@code moov}, {@code trak}, {@code mdia}, {@code minf},
 * {@code moof}, {@code traf}).
 */
public final class Mp4Metadata implements MetadataStripper {

    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "moof", "traf", "edts", "dinf");
    private static final Set<String> METADATA = Set.of("udta", "meta");
    /** The uuid of an XMP box (ISO/IEC 14496-12, Adobe XMP part 3). */
    private static final byte[] XMP_UUID = {(byte) 0xBE, 0x7A, (byte) 0xCF, (byte) 0xCB, (byte) 0x97, (byte) 0xA9, 0x42,
            (byte) 0xE8, (byte) 0x9C, 0x71, (byte) 0x99, (byte) 0x94, (byte) 0x91, (byte) 0xE3, (byte) 0xAF, (byte) 0xAC};

    @Override
    public byte[] strip(byte[] mp4) {
        if (!Bytes.startsWith(mp4, 4, "ftyp")) {
            throw Bytes.unreadable("an MP4 starts with its ftyp box");
        }
        byte[] stripped = mp4.clone();
        walk(stripped, 0, stripped.length, 0);
        return stripped;
    }

    private static void walk(byte[] mp4, long from, long to, int depth) {
        if (depth > 16) {
            throw Bytes.unreadable("MP4 boxes nest too deep");
        }
        long at = from;
        while (at < to) {
            if (to - at < 8) {
                throw Bytes.unreadable("an MP4 box header is 8 bytes");
            }
            long size = Bytes.u32be(mp4, (int) at);
            String type = Bytes.ascii(mp4, (int) at + 4, 4);
            int header = 8;
            if (size == 1) {
                size = Bytes.u64be(mp4, (int) at + 8);
                header = 16;
            } else if (size == 0) {
                size = to - at; // to the end of its container
            }
            if (size < header || at + size > to) {
                throw Bytes.unreadable("an MP4 box goes past its container");
            }
            if (METADATA.contains(type) || type.equals("uuid") && isXmp(mp4, at + header)) {
                free(mp4, (int) at, header, size);
            } else if (CONTAINERS.contains(type)) {
                walk(mp4, at + header, at + size, depth + 1);
            }
            at += size;
        }
    }

    private static boolean isXmp(byte[] mp4, long at) {
        Bytes.check(mp4, at, XMP_UUID.length);
        for (int i = 0; i < XMP_UUID.length; i++) {
            if (mp4[(int) at + i] != XMP_UUID[i]) {
                return false;
            }
        }
        return true;
    }

    /** Renames the box {@code free} and zeroes all it held, keeping its size (and a 64-bit size field as it was). */
    private static void free(byte[] mp4, int at, int header, long size) {
        mp4[at + 4] = 'f';
        mp4[at + 5] = 'r';
        mp4[at + 6] = 'e';
        mp4[at + 7] = 'e';
        Arrays.fill(mp4, at + header, (int) (at + size), (byte) 0);
    }
}

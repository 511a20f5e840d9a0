package fr.education.traam.productions.attachment.content;

import java.util.Arrays;

/**
 * An MP3 without its tags: the ID3v2 tags before the audio (title, artist, comments, pictures), and the ID3v1, APEv2
 * and Lyrics3 tags after it are cut off; what is left starts with an MPEG audio frame.
 */
public final class Mp3Metadata implements MetadataStripper {

    @Override
    public byte[] strip(byte[] mp3) {
        int start = 0;
        while (Bytes.startsWith(mp3, start, "ID3")) {
            start = afterId3v2(mp3, start);
        }
        int end = mp3.length;
        boolean cut = true;
        while (cut) {
            cut = false;
            if (end - start >= 128 && Bytes.startsWith(mp3, end - 128, "TAG")) {
                end -= 128;
                cut = true;
            }
            if (end - start >= 32 && Bytes.startsWith(mp3, end - 32, "APETAGEX")) {
                long tagSize = Bytes.u32le(mp3, end - 32 + 12); // items and footer
                boolean header = (Bytes.u32le(mp3, end - 32 + 20) & 0x80000000L) != 0;
                long whole = tagSize + (header ? 32 : 0);
                if (whole > end - start) {
                    throw Bytes.unreadable("an APE tag is larger than the file");
                }
                end -= (int) whole;
                cut = true;
            }
            if (end - start >= 15 && Bytes.startsWith(mp3, end - 9, "LYRICS200")) {
                int lyrics = Integer.parseInt(digits(mp3, end - 15));
                if (15 + lyrics > end - start) {
                    throw Bytes.unreadable("a Lyrics3 tag is larger than the file");
                }
                end -= 15 + lyrics;
                cut = true;
            }
            if (end - start >= 10 && Bytes.startsWith(mp3, end - 10, "3DI")) {
                end = beforeId3v2Footer(mp3, end, start);
                cut = true;
            }
        }
        if (end <= start || !Mp3Frames.isFrameHeader(mp3, start)) {
            throw Bytes.unreadable("an MP3's audio starts with an MPEG frame");
        }
        return Arrays.copyOfRange(mp3, start, end);
    }

    private static int afterId3v2(byte[] mp3, int at) {
        int flags = Bytes.u8(mp3, at + 5);
        long size = syncsafe(mp3, at + 6);
        long end = at + 10 + size + ((flags & 0x10) != 0 ? 10 : 0); // a footer repeats the header
        Bytes.check(mp3, 0, end);
        return (int) end;
    }

    private static int beforeId3v2Footer(byte[] mp3, int end, int audio) {
        long size = syncsafe(mp3, end - 4);
        long start = end - 20 - size;
        if (start < audio) {
            throw Bytes.unreadable("an ID3 footer announces more than the file holds");
        }
        return (int) start;
    }

    private static long syncsafe(byte[] b, int at) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int part = Bytes.u8(b, at + i);
            if ((part & 0x80) != 0) {
                throw Bytes.unreadable("an ID3 size is syncsafe");
            }
            value = value << 7 | part;
        }
        return value;
    }

    private static String digits(byte[] b, int at) {
        String digits = Bytes.ascii(b, at, 6);
        if (!digits.matches("[0-9]{6}")) {
            throw Bytes.unreadable("a Lyrics3 size is six digits");
        }
        return digits;
    }
}

package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentRefusal;

import java.nio.charset.StandardCharsets;

/** Reading numbers and tags in a file's bytes, refusing a file that ends where its structure says it goes on. */
final class Bytes {

    private Bytes() {
    }

    static int u8(byte[] b, int at) {
        check(b, at, 1);
        return b[at] & 0xff;
    }

    static int u16be(byte[] b, int at) {
        check(b, at, 2);
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    static int u16le(byte[] b, int at) {
        check(b, at, 2);
        return (b[at + 1] & 0xff) << 8 | b[at] & 0xff;
    }

    static long u32be(byte[] b, int at) {
        check(b, at, 4);
        return ((long) (b[at] & 0xff) << 24) | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    static long u32le(byte[] b, int at) {
        check(b, at, 4);
        return ((long) (b[at + 3] & 0xff) << 24) | (b[at + 2] & 0xff) << 16 | (b[at + 1] & 0xff) << 8 | b[at] & 0xff;
    }

    static long u64be(byte[] b, int at) {
        return u32be(b, at) << 32 | u32be(b, at + 4);
    }

    static void putU32le(byte[] b, int at, long value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }

    static String ascii(byte[] b, int at, int length) {
        check(b, at, length);
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    static boolean startsWith(byte[] b, int at, String ascii) {
        if (at < 0 || at + ascii.length() > b.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static void check(byte[] b, long at, long length) {
        if (at < 0 || length < 0 || at + length > b.length) {
            throw unreadable("the file ends inside one of its structures");
        }
    }

    static Refused unreadable(String why) {
        return new Refused(AttachmentRefusal.UNREADABLE, "The file cannot be read as the type its bytes announce: " + why + ".");
    }
}

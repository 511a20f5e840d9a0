package fr.education.traam.productions.attachment.content;

import java.io.ByteArrayOutputStream;

/**
 * A JPEG without its metadata: every APPn segment is dropped but JFIF (APP0), the ICC profile (APP2) and Adobe's colour
 * transform (APP14), which rendering needs — so EXIF and XMP (APP1, with the camera, the place and the author), the
 * Photoshop and IPTC records (APP13) and every other application segment go — and so do comments (COM), wherever
 * they stand, between the scans of a progressive image too. The entropy-coded data is copied as it is.
 */
public final class JpegMetadata implements MetadataStripper {

    private static final int SOI = 0xD8, EOI = 0xD9, SOS = 0xDA, COM = 0xFE, APP0 = 0xE0, APP2 = 0xE2, APP14 = 0xEE;

    @Override
    public byte[] strip(byte[] jpeg) {
        if (Bytes.u8(jpeg, 0) != 0xFF || Bytes.u8(jpeg, 1) != SOI) {
            throw Bytes.unreadable("a JPEG starts with its SOI marker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(SOI);
        int at = 2;
        while (true) {
            if (Bytes.u8(jpeg, at) != 0xFF) {
                throw Bytes.unreadable("a JPEG segment starts with 0xFF");
            }
            while (Bytes.u8(jpeg, at + 1) == 0xFF) {
                at++; // fill bytes before a marker
            }
            int marker = Bytes.u8(jpeg, at + 1);
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return out.toByteArray();
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                out.write(jpeg, at, 2); // TEM and restart markers stand alone
                at += 2;
                continue;
            }
            int length = Bytes.u16be(jpeg, at + 2);
            if (length < 2) {
                throw Bytes.unreadable("a JPEG segment is at least 2 bytes long");
            }
            Bytes.check(jpeg, at + 2, length);
            if (kept(jpeg, marker, at + 4, length - 2)) {
                out.write(jpeg, at, 2 + length);
            }
            at += 2 + length;
            if (marker == SOS) {
                int end = endOfScan(jpeg, at);
                out.write(jpeg, at, end - at);
                at = end;
            }
        }
    }

    private static boolean kept(byte[] jpeg, int marker, int data, int length) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > 0xEF) {
            return true;
        }
        if (marker == APP0) {
            return length >= 5 && Bytes.startsWith(jpeg, data, "JFIF\0"); // not JFXX, whose thumbnail shows the uncropped picture
        }
        if (marker == APP2) {
            return length >= 12 && Bytes.startsWith(jpeg, data, "ICC_PROFILE\0");
        }
        return marker == APP14 && length >= 5 && Bytes.startsWith(jpeg, data, "Adobe");
    }

    /** Where the entropy-coded data after a scan header ends: at the first marker that is not a restart or a stuffed 0. */
    private static int endOfScan(byte[] jpeg, int at) {
        int i = at;
        while (true) {
            Bytes.check(jpeg, i, 2);
            if ((jpeg[i] & 0xff) == 0xFF) {
                int next = jpeg[i + 1] & 0xff;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return i;
                }
            }
            i++;
        }
    }
}

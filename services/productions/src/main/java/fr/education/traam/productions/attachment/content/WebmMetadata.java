package fr.education.traam.productions.attachment.content;

import java.util.Arrays;
import java.util.Set;

/**
 * A WebM without its metadata: the tags, attachments and chapters of the segment, the title and date of its
 * information, and the tracks' names become EBML Void elements of the same length, zeroed, so that no byte moves and
 * the seek head and cues still point where they did. Clusters are skipped, those of unknown size (a browser's
 * recording) by walking their children.
 */
public final class WebmMetadata implements MetadataStripper {

    static final long EBML = 0x1A45DFA3L, DOC_TYPE = 0x4282, SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L, TITLE = 0x7BA9, DATE = 0x4461, TRACKS = 0x1654AE6BL, TRACK_ENTRY = 0xAE,
            NAME = 0x536E, TAGS = 0x1254C367L, ATTACHMENTS = 0x1941A469L, CHAPTERS = 0x1043A770L, CLUSTER = 0x1F43B675L;
    private static final Set<Long> SEGMENT_CHILDREN = Set.of(0x114D9B74L, INFO, TRACKS, CLUSTER, 0x1C53BB6BL, TAGS, ATTACHMENTS,
            CHAPTERS);
    private static final int VOID = 0xEC;

    @Override
    public byte[] strip(byte[] webm) {
        if (!"webm".equals(docType(webm))) {
            throw Bytes.unreadable("a WebM starts with an EBML header of doc type webm");
        }
        byte[] stripped = webm.clone();
        Element header = Element.at(stripped, 0, stripped.length);
        int at = header.end(stripped.length);
        while (at < stripped.length) {
            Element element = Element.at(stripped, at, stripped.length);
            if (element.id == SEGMENT) {
                segment(stripped, element.data, element.end(stripped.length));
            }
            at = element.end(stripped.length);
        }
        return stripped;
    }

    /** The doc type its EBML header names, or null when it has none. */
    static String docType(byte[] webm) {
        if (webm.length < 4 || Bytes.u32be(webm, 0) != EBML) {
            return null;
        }
        Element header = Element.at(webm, 0, webm.length);
        int end = header.end(webm.length);
        for (int at = header.data; at < end; ) {
            Element child = Element.at(webm, at, end);
            if (child.id == DOC_TYPE) {
                return Bytes.ascii(webm, child.data, (int) child.size).replace("\0", "");
            }
            at = child.end(end);
        }
        return null;
    }

    private static void segment(byte[] webm, int from, int to) {
        int at = from;
        while (at < to) {
            Element element = Element.at(webm, at, to);
            if (element.id == TAGS || element.id == ATTACHMENTS || element.id == CHAPTERS) {
                element.toVoid(webm);
            } else if (element.id == INFO) {
                children(webm, element, Set.of(TITLE, DATE));
            } else if (element.id == TRACKS) {
                int end = element.end(to);
                for (int entry = element.data; entry < end; ) {
                    Element track = Element.at(webm, entry, end);
                    if (track.id == TRACK_ENTRY) {
                        children(webm, track, Set.of(NAME));
                    }
                    entry = track.end(end);
                }
            }
            at = element.unknownSize() ? afterUnknownSize(webm, element.data, to) : element.end(to);
        }
    }

    private static void children(byte[] webm, Element parent, Set<Long> voided) {
        int end = parent.end(webm.length);
        for (int at = parent.data; at < end; ) {
            Element child = Element.at(webm, at, end);
            if (voided.contains(child.id)) {
                child.toVoid(webm);
            }
            at = child.end(end);
        }
    }

    /** Where an element of unknown size ends: at the next element that can only be a sibling (another cluster, cues…). */
    private static int afterUnknownSize(byte[] webm, int from, int to) {
        int at = from;
        while (at < to) {
            Element child = Element.at(webm, at, to);
            if (SEGMENT_CHILDREN.contains(child.id)) {
                return at;
            }
            if (child.unknownSize()) {
                throw Bytes.unreadable("only a cluster may have an unknown size in a WebM segment");
            }
            at = child.end(to);
        }
        return to;
    }

    /** One EBML element: where it starts, its id, the length of its id and size fields, where its data starts. */
    private record Element(int start, long id, int idLength, int sizeLength, long size, int data) {

        static Element at(byte[] b, int at, int limit) {
            int first = Bytes.u8(b, at);
            int idLength = Integer.numberOfLeadingZeros(first) - 23;
            if (idLength < 1 || idLength > 4) {
                throw Bytes.unreadable("an EBML id is 1 to 4 bytes");
            }
            Bytes.check(b, at, idLength);
            long id = 0;
            for (int i = 0; i < idLength; i++) {
                id = id << 8 | (b[at + i] & 0xff);
            }
            int sizeAt = at + idLength;
            int sizeFirst = Bytes.u8(b, sizeAt);
            int sizeLength = Integer.numberOfLeadingZeros(sizeFirst) - 23;
            if (sizeLength < 1 || sizeLength > 8) {
                throw Bytes.unreadable("an EBML size is 1 to 8 bytes");
            }
            Bytes.check(b, sizeAt, sizeLength);
            long size = sizeFirst & (0xFF >> sizeLength);
            boolean allOnes = size == (0xFF >> sizeLength);
            for (int i = 1; i < sizeLength; i++) {
                int next = b[sizeAt + i] & 0xff;
                allOnes &= next == 0xFF;
                size = size << 8 | next;
            }
            int data = sizeAt + sizeLength;
            if (allOnes) {
                return new Element(at, id, idLength, sizeLength, -1, data);
            }
            if (data + size > limit) {
                throw Bytes.unreadable("an EBML element goes past its parent");
            }
            return new Element(at, id, idLength, sizeLength, size, data);
        }

        boolean unknownSize() {
            return size < 0;
        }

        int end(int limit) {
            return unknownSize() ? limit : (int) (data + size);
        }

        /** Rewrites the element as a Void element as long as it was, its data zeroed. */
        void toVoid(byte[] b) {
            if (unknownSize()) {
                throw Bytes.unreadable("a WebM metadata element has an unknown size");
            }
            int whole = (int) (data - start + size);
            int length = Math.min(8, idLength + sizeLength - 1);
            long voidSize = whole - 1 - length;
            b[start] = (byte) VOID;
            for (int i = length - 1; i >= 0; i--) {
                b[start + 1 + i] = (byte) (voidSize >>> (8 * (length - 1 - i)));
            }
            b[start + 1] |= (byte) (0x80 >> (length - 1));
            Arrays.fill(b, start + 1 + length, start + whole, (byte) 0);
        }
    }
}

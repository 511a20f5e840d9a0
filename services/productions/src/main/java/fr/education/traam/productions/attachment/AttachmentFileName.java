package fr.education.traam.productions.attachment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name an attachment is served under, made from what the client sent: the last segment of a path only, no control
 * or formatting characters (a right-to-left override turns {@code gpj.exe} into {@code exe.jpg} on screen), NFC, at
 * most {@value #MAX_LENGTH} characters, and ending with the extension of the type its bytes have.
 */
public final class AttachmentFileName {

    public static final int MAX_LENGTH = 120;
    private static final String FALLBACK = "piece-jointe";

    private AttachmentFileName() {
    }

    public static String of(String sent, AttachmentType type) {
        String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (allowed(c)) {
                kept.appendCodePoint(c);
            }
        });
        String cleaned = kept.toString().replaceAll(" {2,}", " ").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        String base = cleaned;
        int dot = cleaned.lastIndexOf('.');
        if (dot > 0) {
            String extension = cleaned.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (type.hasExtension(extension) || AttachmentType.isAcceptedExtension(extension)) {
                base = cleaned.substring(0, dot).strip();
            }
        }
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        String extension = "." + type.extension();
        int room = MAX_LENGTH - extension.length();
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return base + extension;
    }

    private static boolean allowed(int c) {
        int category = Character.getType(c);
        return category != Character.CONTROL && category != Character.FORMAT && category != Character.UNASSIGNED
                && category != Character.PRIVATE_USE && category != Character.SURROGATE
                && category != Character.LINE_SEPARATOR && category != Character.PARAGRAPH_SEPARATOR
                && c != '"' && c != ':' && c != '*' && c != '?' && c != '<' && c != '>' && c != '|';
    }
}

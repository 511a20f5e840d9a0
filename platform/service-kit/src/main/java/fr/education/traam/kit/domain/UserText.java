package fr.education.traam.kit.domain;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Text that users type and the platform stores and shows again: titles, summaries, notes, names, file names. Kept in
 * one form (Unicode NFC, line feeds only) so that equal words compare equal and search finds them, and refused when it
 * holds what no one types on purpose: control characters (a terminal's or a spreadsheet's), bidirectional overrides
 * that make text read otherwise than it is stored ("Trojan source"), unpaired surrogates and noncharacters.
 */
public final class UserText {

    private UserText() {
    }

    /** The text in its one stored form: NFC, every line break a line feed. Null stays null. */
    public static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC) ? lines : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }

    /** Why the text cannot be stored, if it cannot; tabs and line feeds are text. */
    public static Optional<String> fault(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return Optional.of("holds a broken character (an unpaired surrogate)");
            }
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0)) {
                return Optional.of(String.format("holds a control character (U+%04X)", c));
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return Optional.of(String.format("holds a bidirectional override (U+%04X) that would show it otherwise than stored", c));
            }
            if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
                return Optional.of(String.format("holds a noncharacter (U+%04X)", c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * The text normalised, or a refusal naming {@code field}: what a domain calls on a value it keeps, with the most
     * characters it allows.
     */
    public static String accepted(String field, String text, int maxLength) {
        String normalised = normalised(text);
        if (normalised == null) {
            return null;
        }
        Optional<String> fault = fault(normalised);
        if (fault.isPresent()) {
            throw Refused.invalid(field, field + " " + fault.get());
        }
        if (normalised.codePointCount(0, normalised.length()) > maxLength) {
            throw Refused.invalid(field, field + " is longer than " + maxLength + " characters");
        }
        return normalised;
    }

    /**
     * The name of an uploaded file as the platform keeps it: its last path segment only (a browser may send
     * {@code C:\Users\…\lyon.xlsx}, a hostile client {@code ../../etc/passwd}), without control characters, at most
     * {@code maxLength} characters with the extension kept; {@code fallback} when nothing is left.
     */
    public static String fileName(String original, int maxLength, String fallback) {
        String name = normalised(original == null ? "" : original);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> fault(new String(Character.toChars(c))).isEmpty() && c != '\n' && c != '\t')
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return fallback;
        }
        if (name.codePointCount(0, name.length()) <= maxLength) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, name.offsetByCodePoints(0, maxLength - extension.length())) + extension;
    }
}

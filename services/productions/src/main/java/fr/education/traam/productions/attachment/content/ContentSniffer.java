package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.AttachmentType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The type of a file, from its bytes only — never the client's Content-Type, never the name's extension: each accepted
 * type's signature (magic numbers), then, for a ZIP archive, the office document it holds, for an MP4 a video brand,
 * for a Matroska file the WebM doc type, for MP3 an ID3 tag or two frames in a row. Anything else is refused, SVG and
 * HTML with a word of why.
 */
public final class ContentSniffer {

    /** ISO base media brands of video files; QuickTime, HEIF and AVIF images, audio-only M4A are not accepted. */
    private static final Set<String> VIDEO_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1", "M4V ", "M4VP", "dash", "mmp4", "MSNV");

    private ContentSniffer() {
    }

    /** The accepted type {@code content} has, or {@code TYPE_NOT_ACCEPTED}. */
    public static AttachmentType typeOf(byte[] content) {
        Optional<AttachmentType> picture = pictureOf(content);
        if (picture.isPresent()) {
            return picture.get();
        }
        if (Bytes.startsWith(content, 0, "%PDF-")) {
            return AttachmentType.PDF;
        }
        if (Bytes.startsWith(content, 4, "ftyp") && content.length >= 12) {
            if (VIDEO_BRANDS.contains(Bytes.ascii(content, 8, 4))) {
                return AttachmentType.MP4;
            }
            throw notAccepted("This ISO media file is not an MP4 video (QuickTime, HEIF and audio-only files are not accepted).");
        }
        if (content.length >= 4 && Bytes.u32be(content, 0) == WebmMetadata.EBML) {
            if ("webm".equals(WebmMetadata.docType(content))) {
                return AttachmentType.WEBM;
            }
            throw notAccepted("Of Matroska files, only WebM videos are accepted.");
        }
        if (Bytes.startsWith(content, 0, "ID3") || isMpegAudio(content)) {
            return AttachmentType.MP3;
        }
        if (Bytes.startsWith(content, 0, "PK\u0003\u0004")) {
            return OfficeMetadata.typeOf(content).orElseThrow(() -> notAccepted(
                    "Of ZIP archives, only OpenDocument and Office Open XML documents are accepted."));
        }
        String start = text(content);
        if (WebVttMetadata.isWebVtt(start)) {
            return AttachmentType.WEBVTT;
        }
        if (isMarkup(start)) {
            throw notAccepted("SVG, HTML and XML files are not accepted: they can carry scripts. Send a PNG or a PDF instead.");
        }
        throw notAccepted("The file is none of the accepted types: PNG, JPEG, WebP, GIF, PDF, MP4, WebM, MP3, WebVTT, "
                + "OpenDocument and Office Open XML documents.");
    }

    /** The picture type {@code content} has, if one. */
    static Optional<AttachmentType> pictureOf(byte[] content) {
        if (content.length >= 8 && (content[0] & 0xff) == 0x89 && Bytes.startsWith(content, 1, "PNG\r\n\u001a\n")) {
            return Optional.of(AttachmentType.PNG);
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8 && (content[2] & 0xff) == 0xFF) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (Bytes.startsWith(content, 0, "GIF87a") || Bytes.startsWith(content, 0, "GIF89a")) {
            return Optional.of(AttachmentType.GIF);
        }
        if (Bytes.startsWith(content, 0, "RIFF") && Bytes.startsWith(content, 8, "WEBP")) {
            return Optional.of(AttachmentType.WEBP);
        }
        return Optional.empty();
    }

    /** A frame header followed by another where its length says: one sync word alone is too likely by chance. */
    private static boolean isMpegAudio(byte[] content) {
        int length = Mp3Frames.frameLength(content, 0);
        return length > 0 && Mp3Frames.isFrameHeader(content, length);
    }

    private static String text(byte[] content) {
        int length = Math.min(content.length, 1024);
        String start = new String(content, 0, length, StandardCharsets.UTF_8);
        return start.startsWith("\uFEFF") ? start.substring(1) : start;
    }

    private static boolean isMarkup(String start) {
        String lower = start.stripLeading().toLowerCase(Locale.ROOT);
        return lower.startsWith("<") || lower.contains("<svg") || lower.contains("<html") || lower.contains("<script");
    }

    private static Refused notAccepted(String message) {
        return new Refused(AttachmentRefusal.TYPE_NOT_ACCEPTED, message);
    }
}

package fr.education.traam.productions.production;

import java.time.Instant;
import java.util.Locale;

/**
 * A file stored with a production (the bytes are in the attachments' store): its sniffed type and what makes it
 * accessible, a text alternative for an image or a video, captions (another attachment, WebVTT) or a transcript.
 * {@code metadataStripped} says the store removed what the file said of its makers (EXIF, XMP, authors).
 */
public record AttachedFile(
        String attachmentId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        boolean metadataStripped,
        String textAlternative,
        String captionsId,
        String transcript,
        Instant addedAt) {

    public boolean image() {
        return type().startsWith("image/");
    }

    public boolean video() {
        return type().startsWith("video/");
    }

    public boolean audio() {
        return type().startsWith("audio/");
    }

    public boolean captions() {
        return type().equals("text/vtt");
    }

    /** The same file, described anew by its authors. */
    public AttachedFile describedAs(String textAlternative, String captionsId, String transcript) {
        return new AttachedFile(attachmentId, fileName, contentType, size, sha256, metadataStripped, textAlternative,
                captionsId, transcript, addedAt);
    }

    private String type() {
        return contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    }
}

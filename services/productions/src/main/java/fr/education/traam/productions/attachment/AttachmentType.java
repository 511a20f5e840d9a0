package fr.education.traam.productions.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The types an attachment may have: each one recognised from its bytes and with a way to strip its metadata. Nothing
 * else is stored — SVG and HTML least of all, which carry scripts.
 */
public enum AttachmentType {
    PNG("image/png", AttachmentKind.IMAGE, "png"),
    JPEG("image/jpeg", AttachmentKind.IMAGE, "jpg", "jpeg"),
    WEBP("image/webp", AttachmentKind.IMAGE, "webp"),
    GIF("image/gif", AttachmentKind.IMAGE, "gif"),
    PDF("application/pdf", AttachmentKind.DOCUMENT, "pdf"),
    MP4("video/mp4", AttachmentKind.VIDEO, "mp4", "m4v"),
    WEBM("video/webm", AttachmentKind.VIDEO, "webm"),
    MP3("audio/mpeg", AttachmentKind.AUDIO, "mp3"),
    WEBVTT("text/vtt", AttachmentKind.CAPTIONS, "vtt"),
    ODT("application/vnd.oasis.opendocument.text", AttachmentKind.DOCUMENT, "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", AttachmentKind.DOCUMENT, "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", AttachmentKind.DOCUMENT, "odp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentKind.DOCUMENT, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AttachmentKind.DOCUMENT, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", AttachmentKind.DOCUMENT, "pptx");

    private final String mediaType;
    private final AttachmentKind kind;
    private final List<String> extensions;

    AttachmentType(String mediaType, AttachmentKind kind, String... extensions) {
        this.mediaType = mediaType;
        this.kind = kind;
        this.extensions = List.of(extensions);
    }

    /** The media type it is served with, as sniffed: never the client's. */
    public String mediaType() {
        return mediaType;
    }

    public AttachmentKind kind() {
        return kind;
    }

    /** The extension a file name of this type ends with. */
    public String extension() {
        return extensions.get(0);
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    /** The type served as {@code mediaType}, as a store gives it back. */
    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /** Whether some accepted type has this extension (so that a name ending with another type's one is corrected). */
    static boolean isAcceptedExtension(String extension) {
        return Arrays.stream(values()).anyMatch(type -> type.hasExtension(extension));
    }
}

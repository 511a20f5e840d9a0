package fr.education.traam.productions.attachment;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An attachment as stored: whose production it is, the name it is served under (see {@link AttachmentFileName}), the
 * type its bytes have, how many bytes it holds once stripped and their SHA-256 (its strong entity tag).
 */
public record StoredAttachment(AttachmentId id, String productionId, String fileName, AttachmentType type, long size,
                               String sha256, Instant storedAt) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public StoredAttachment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(storedAt);
        if (productionId == null || productionId.isBlank()) {
            throw new IllegalArgumentException("an attachment belongs to a production");
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > AttachmentFileName.MAX_LENGTH) {
            throw new IllegalArgumentException("an attachment's file name is made by AttachmentFileName: " + fileName);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("an attachment has bytes");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hexadecimal digits");
        }
    }

    /** The media type it is served with: the sniffed one. */
    public String contentType() {
        return type.mediaType();
    }

    public AttachmentKind kind() {
        return type.kind();
    }
}

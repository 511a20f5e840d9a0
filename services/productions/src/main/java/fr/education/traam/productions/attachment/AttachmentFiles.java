package fr.education.traam.productions.attachment;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Where the attachments' bytes are kept, each with its description (GridFS, ADR 25). */
public interface AttachmentFiles {

    /** Keeps {@code content} (already stripped, exactly {@code attachment.size()} bytes) under the attachment's id. */
    void store(StoredAttachment attachment, InputStream content);

    Optional<OpenedAttachment> open(AttachmentId id);

    /** Forgets the attachment and its bytes; false when there was none. */
    boolean delete(AttachmentId id);

    /** The attachments of a production, oldest first. */
    List<StoredAttachment> ofProduction(String productionId);
}

package fr.education.traam.productions.attachment;

import java.util.Objects;

/** A stored attachment ready to be served: its description and its bytes. */
public record OpenedAttachment(StoredAttachment attachment, AttachmentContent content) {

    public OpenedAttachment {
        Objects.requireNonNull(attachment);
        Objects.requireNonNull(content);
    }
}

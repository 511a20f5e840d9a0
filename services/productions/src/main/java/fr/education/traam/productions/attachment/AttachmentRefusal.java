package fr.education.traam.productions.attachment;

import fr.education.traam.kit.domain.Refusal;

/** Why an attachment is not stored or not served. */
public enum AttachmentRefusal implements Refusal {
    /** The file has no bytes. */
    EMPTY,
    /** The file is larger than {@code traam.productions.attachments.max-size}, counted as it is read. */
    TOO_LARGE,
    /** Its bytes are none of the accepted types (SVG and HTML above all: they carry scripts). */
    TYPE_NOT_ACCEPTED,
    /** Its bytes claim an accepted type but cannot be read as one, so its metadata cannot be stripped. */
    UNREADABLE,
    /** No attachment has this id (for this production). */
    ATTACHMENT_NOT_FOUND,
    /** A {@code Range} asks for none of the file's bytes, or cannot be read: answered 416 with the file's size. */
    RANGE_NOT_SATISFIABLE
}

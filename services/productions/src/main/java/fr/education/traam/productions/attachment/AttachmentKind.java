package fr.education.traam.productions.attachment;

/** What an attachment is for a reader: how a page shows it and how it is served. */
public enum AttachmentKind {
    IMAGE, VIDEO, AUDIO, DOCUMENT, CAPTIONS
}

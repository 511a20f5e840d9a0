/** The attachments' bytes and descriptions in MongoDB GridFS, bucket {@code attachments} (ADR 25). */
package fr.education.traam.productions.attachment.persistence;

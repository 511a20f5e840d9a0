/**
 * What an attachment's bytes are and what they say besides their content: the type sniffed from them, and for each
 * accepted type the stripping of every metadata field that could name a pupil (EXIF, XMP, IPTC, comments, authors),
 * keeping what rendering needs. Plain Java, but for the PDF, which PDFBox rewrites (application).
 */
package fr.education.traam.productions.attachment.content;

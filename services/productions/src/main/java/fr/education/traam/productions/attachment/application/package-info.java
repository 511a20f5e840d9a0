/** Storing a production's attachments (bounded, sniffed, stripped) and opening them to be served. */
package fr.education.traam.productions.attachment.application;

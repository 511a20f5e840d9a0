/** Edition lines in MongoDB: each document holds its draft, its editions and the outbox of its events. */
package fr.education.traam.dissemination.newsletter.persistence;

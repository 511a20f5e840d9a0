/** National selections kept in MongoDB, one document per theme carrying its own outbox of events to publish. */
package fr.education.traam.candidatures.selection.persistence;

/** Candidatures kept in MongoDB, each document carrying its own outbox of events to publish. */
package fr.education.traam.candidatures.candidature.persistence;

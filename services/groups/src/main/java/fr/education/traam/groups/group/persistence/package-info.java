/** The working groups in MongoDB, written with their events in one document write (the outbox). */
package fr.education.traam.groups.group.persistence;

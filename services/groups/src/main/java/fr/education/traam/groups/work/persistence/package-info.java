/** The work of the groups in MongoDB: calendars, reports and workspaces, each written with its events (the outbox). */
package fr.education.traam.groups.work.persistence;

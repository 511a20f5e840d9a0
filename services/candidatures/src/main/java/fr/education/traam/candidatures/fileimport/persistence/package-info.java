/** Imports of dedicated files in MongoDB, with their outbox, and the validated themes they apply. */
package fr.education.traam.candidatures.fileimport.persistence;

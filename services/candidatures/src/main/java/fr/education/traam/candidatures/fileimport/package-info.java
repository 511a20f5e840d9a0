/**
 * The académie's dedicated file: its columns and row rules, the check of hostile content, and the import that
 * turns the whole file into the académie's candidatures or changes nothing (plain Java, no framework).
 */
package fr.education.traam.candidatures.fileimport;

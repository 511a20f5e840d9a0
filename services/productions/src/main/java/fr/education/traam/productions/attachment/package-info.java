/**
 * A production's attachments: files stored with it, their type sniffed from their bytes, their metadata stripped so
 * that nothing names a pupil, bounded in size, served as they were stored (ADR 25).
 */
package fr.education.traam.productions.attachment;

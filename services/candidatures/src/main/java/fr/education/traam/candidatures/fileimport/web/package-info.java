/** The dedicated-file HTTP API under {@code /api/candidatures/imports}: upload, import progress and report, template. */
package fr.education.traam.candidatures.fileimport.web;

/** The public reference data endpoints under {@code /api/candidatures/reference}, for forms and file templates. */
package fr.education.traam.candidatures.reference.web;

/** The national selection HTTP API under {@code /api/candidatures/selections}: the experts' decisions and the public read of published selections. */
package fr.education.traam.candidatures.selection.web;

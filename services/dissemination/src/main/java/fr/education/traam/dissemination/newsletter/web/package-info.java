/** The newsletter's HTTP API under {@code /api/dissemination/edition-lines}: public lines, feeds and edition pages; the editor's draft. */
package fr.education.traam.dissemination.newsletter.web;

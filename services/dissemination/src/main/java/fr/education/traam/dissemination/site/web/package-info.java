/** The REST API of the sites' registry and their delivery logs, under {@code /api/dissemination/sites}. */
package fr.education.traam.dissemination.site.web;

/** The candidatures HTTP API under {@code /api/candidatures}: académie-scoped reads and writes, problem details. */
package fr.education.traam.candidatures.candidature.web;

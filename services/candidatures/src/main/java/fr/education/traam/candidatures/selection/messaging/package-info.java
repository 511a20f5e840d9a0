/** The selection's consumers: the service's own outcome events, which mail the DANs (ADR 30). */
package fr.education.traam.candidatures.selection.messaging;

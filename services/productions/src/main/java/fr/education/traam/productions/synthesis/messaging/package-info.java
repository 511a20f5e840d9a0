/** The service's own publications, which send a synthesis to its recipients. */
package fr.education.traam.productions.synthesis.messaging;

/** The catalogue's consumer of traam.productions. */
package fr.education.traam.productions.catalogue.messaging;

/** The Spring Cloud Stream consumer of {@code traam.productions}: a thin adapter from Kafka records to the newsletter. */
package fr.education.traam.dissemination.newsletter.messaging;

/** The Spring Cloud Stream consumer of {@code traam.campaigns}: a thin adapter from Kafka records to the use case. */
package fr.education.traam.dissemination.campaign.messaging;

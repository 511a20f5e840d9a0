/** The Spring Cloud Stream consumer of {@code traam.campaigns}: a thin adapter from Kafka records to the read model. */
package fr.education.traam.candidatures.campaign.messaging;

/** The Spring Cloud Stream consumer of {@code traam.campaigns} for services that need only the view: a thin adapter. */
package fr.education.traam.campaignview.messaging;

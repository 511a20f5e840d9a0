/** The HTTP client that POSTs deliveries to sites' webhooks (the JDK's, without following redirects). */
package fr.education.traam.dissemination.site.webhook;

/** The client of the platform's HTTP API, through the gateway, forwarding the visitor's token; problems become French messages. */
package fr.education.traam.web.api;

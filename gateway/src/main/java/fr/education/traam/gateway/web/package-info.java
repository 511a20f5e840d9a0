/** The catch-all route to the web module, the only one the person's token is relayed on (ADR 35). */
package fr.education.traam.gateway.web;

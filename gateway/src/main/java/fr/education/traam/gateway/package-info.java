/** The TraAM gateway: single HTTP entry point routing {@code /api/<service>/**} to each service. */
package fr.education.traam.gateway;

/**
 * Browsers log in at the gateway (authorization code with PKCE), which keeps their tokens in a server-side session,
 * relays the access token to the web module only, refreshes it, and logs out at the provider too (ADR 35).
 */
package fr.education.traam.gateway.login;

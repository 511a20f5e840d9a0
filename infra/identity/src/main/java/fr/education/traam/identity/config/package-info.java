/**
 * The authorization server's wiring and its decisions on Spring Security's types: its settings, its clients (the
 * gateway, the académies' systems), the platform's signing key published as a JWK set, the claims every token
 * carries, the directory the login form checks, and the security chains that put the form before the protocol.
 */
package fr.education.traam.identity.config;

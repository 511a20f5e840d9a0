/**
 * The authorization server: its clients (the gateway, the académies' systems), the platform's signing key published
 * as a JWK set, the claims every token carries, and the security chains that put the login form before the protocol.
 */
package fr.education.traam.identity.server;

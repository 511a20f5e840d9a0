/**
 * Every service is an OAuth2 resource server: RS256 JWTs of one issuer, verified against the identity provider's JWK
 * set or a public key file (ADR 5), with a {@code roles} and an {@code academy} claim.
 */
package fr.education.traam.kit.security;

/** Every service is an OAuth2 resource server: RS256 JWTs with a {@code roles} and an {@code academy} claim. */
package fr.education.traam.kit.security;

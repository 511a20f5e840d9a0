package fr.education.traam.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How tokens are checked; the same {@code traam.security.jwt} keys the services read, so one key pair and one
 * issuer serve the whole platform.
 *
 * @param publicKeyLocation RSA public key, PEM, X.509 SubjectPublicKeyInfo
 * @param issuer expected {@code iss} claim
 */
@ConfigurationProperties("traam.security.jwt")
public record JwtProperties(
        @DefaultValue("file:.traam/keys/jwt-public.pem") Resource publicKeyLocation,
        @DefaultValue("traam-local") String issuer) {
}

package fr.education.traam.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.time.Duration;
import java.util.List;

/**
 * How a service checks tokens and what it shows without one.
 *
 * @param jwt            the key and issuer tokens must match
 * @param publicGetPaths path patterns anyone may read (GET) without a token, e.g. open calls
 * @param publicPaths    path patterns anyone may call by any method without a token, e.g. a protocol endpoint that
 *                       clients GET or POST a form to (OAI-PMH)
 */
@ConfigurationProperties("traam.security")
public record TraamSecurityProperties(Jwt jwt, @DefaultValue List<String> publicGetPaths, @DefaultValue List<String> publicPaths) {

    /**
     * Where the keys that verify signatures come from, and whose tokens count. With a JWK set URI, the service reads
     * the identity provider's keys as it publishes them (and again when a token names a key it has not seen); without
     * one, a single public key file, which is what tests use. An empty {@code jwkSetUri} counts as none, so that
     * {@code ${TRAAM_JWK_SET_URI:}} can stay in every service's configuration.
     *
     * @param jwkSetUri         the identity provider's JWK set ({@code …/oauth2/jwks}); wins over the key file when set
     * @param publicKeyLocation RSA public key (PEM, X.509 SubjectPublicKeyInfo) that verifies signatures
     * @param issuer            the {@code iss} every token must carry: the provider's browser-facing address
     * @param clockSkew         how far past its expiry (or before its not-before) a token still counts, for clocks
     *                          that drift apart; a test platform shortens it to see tokens expire in seconds
     */
    public record Jwt(String jwkSetUri, Resource publicKeyLocation, @DefaultValue(DEFAULT_ISSUER) String issuer,
            @DefaultValue("60s") Duration clockSkew) {

        /** The local identity provider's issuer (infra/identity, port 9000). */
        public static final String DEFAULT_ISSUER = "http://localhost:9000";

        public boolean hasJwkSetUri() {
            return jwkSetUri != null && !jwkSetUri.isBlank();
        }
    }
}

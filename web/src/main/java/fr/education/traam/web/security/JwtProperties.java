package fr.education.traam.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.net.URI;
import java.time.Duration;

/**
 * How web verifies the bearer the gateway relays, as the services do: against the provider's JWK set when
 * {@code jwkSetUri} is set, else against the platform's public key.
 *
 * @param jwkSetUri         the identity provider's JWK set ({@code TRAAM_JWK_SET_URI}); wins when set
 * @param publicKeyLocation RSA public key (PEM, X.509) used when there is no JWK set
 * @param issuer            the {@code iss} every token must carry
 * @param clockSkew         how far past its expiry a token still counts, as for the services
 */
@ConfigurationProperties("traam.security.jwt")
public record JwtProperties(URI jwkSetUri, Resource publicKeyLocation, @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("60s") Duration clockSkew) {
}

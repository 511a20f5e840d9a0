package fr.education.traam.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;

import java.time.Duration;

/**
 * How bearer tokens are checked; the same {@code traam.security.jwt} keys the services read, so one key pair and one
 * issuer serve the whole platform.
 *
 * @param publicKeyLocation RSA public key, PEM, X.509 SubjectPublicKeyInfo; used when no JWK set is named
 * @param jwkSetUri the provider's JWK set ({@code /oauth2/jwks}); when set it wins over the public key
 * @param issuer expected {@code iss} claim
 * @param clockSkew how far past its expiry a token still counts, as for the services
 */
@ConfigurationProperties("traam.security.jwt")
public record JwtProperties(
        @DefaultValue("file:.traam/keys/jwt-public.pem") Resource publicKeyLocation,
        String jwkSetUri,
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("60s") Duration clockSkew) {

    boolean verifiesAgainstJwkSet() {
        return StringUtils.hasText(jwkSetUri);
    }
}

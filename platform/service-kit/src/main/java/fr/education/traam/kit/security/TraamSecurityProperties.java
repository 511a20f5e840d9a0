package fr.education.traam.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.util.List;

/**
 * How a service checks tokens and what it shows without one.
 *
 * @param jwt            the key and issuer tokens must match
 * @param publicGetPaths path patterns anyone may read (GET) without a token, e.g. open calls
 */
@ConfigurationProperties("traam.security")
public record TraamSecurityProperties(Jwt jwt, @DefaultValue List<String> publicGetPaths) {

    /**
     * @param publicKeyLocation RSA public key (PEM, X.509 SubjectPublicKeyInfo) that verifies signatures
     * @param issuer            the {@code iss} every token must carry
     */
    public record Jwt(Resource publicKeyLocation, @DefaultValue("traam-local") String issuer) {
    }
}

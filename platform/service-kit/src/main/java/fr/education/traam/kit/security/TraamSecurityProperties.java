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
 * @param publicPaths    path patterns anyone may call by any method without a token, e.g. a protocol endpoint that
 *                       clients GET or POST a form to (OAI-PMH)
 */
@ConfigurationProperties("traam.security")
public record TraamSecurityProperties(Jwt jwt, @DefaultValue List<String> publicGetPaths, @DefaultValue List<String> publicPaths) {

    /**
     * @param publicKeyLocation RSA public key (PEM, X.509 SubjectPublicKeyInfo) that verifies signatures
     * @param issuer            the {@code iss} every token must carry
     */
    public record Jwt(Resource publicKeyLocation, @DefaultValue("traam-local") String issuer) {
    }
}

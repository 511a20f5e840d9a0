package fr.education.traam.identity.config;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import fr.education.traam.embedded.identity.SigningKeys;

/**
 * The platform's key pair as the provider signs with it. Its {@code kid} is the RFC 7638 thumbprint, the one
 * {@code ./traam token} puts in its tokens, so a service verifying against the JWK set finds the key for both.
 */
public final class PlatformKey {

    private PlatformKey() {
    }

    public static RSAKey of(SigningKeys keys) {
        try {
            String kid = new RSAKey.Builder(keys.publicKey()).build().computeThumbprint().toString();
            return new RSAKey.Builder(keys.publicKey())
                    .privateKey(keys.privateKey())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(kid)
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the signing key's thumbprint", e);
        }
    }
}

package fr.education.traam.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.net.http.HttpResponse;
import java.text.ParseException;

/** Verifies a token as a service would: against the provider's own published JWK set, by the token's {@code kid}. */
public final class ProviderTokens {

    private final JWKSet keys;

    private ProviderTokens(JWKSet keys) {
        this.keys = keys;
    }

    public static ProviderTokens fetch(GatewayPlayer player) {
        HttpResponse<String> jwks = player.get("/oauth2/jwks", "application/json");
        if (jwks.statusCode() != 200) {
            throw new AssertionError("GET /oauth2/jwks answered " + jwks.statusCode());
        }
        try {
            return new ProviderTokens(JWKSet.parse(jwks.body()));
        } catch (ParseException e) {
            throw new AssertionError("not a JWK set: " + jwks.body(), e);
        }
    }

    public JWKSet keys() {
        return keys;
    }

    /** The token's claims once its RS256 signature checks against the published key its {@code kid} names. */
    public JWTClaimsSet verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new AssertionError("not RS256: " + jwt.getHeader());
            }
            JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null) {
                throw new AssertionError("no published key with kid " + jwt.getHeader().getKeyID() + " in " + keys);
            }
            if (!jwt.verify(new RSASSAVerifier((RSAKey) key))) {
                throw new AssertionError("signature does not verify against the key " + key.getKeyID());
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a signed JWT: " + token, e);
        }
    }

    /** The JOSE header's {@code typ}, or null when it has none. */
    public static String typeOf(String token) {
        try {
            com.nimbusds.jose.JOSEObjectType type = SignedJWT.parse(token).getHeader().getType();
            return type == null ? null : type.getType();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    public static String kidOf(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}

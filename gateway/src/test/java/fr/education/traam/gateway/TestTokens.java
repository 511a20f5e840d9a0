package fr.education.traam.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Real RS256 tokens, signed by a key pair whose public half is written where the gateway reads it. An access token's
 * header says {@code typ: at+jwt} (RFC 9068), an ID token's {@code typ: JWT}, as the platform's provider signs them.
 */
final class TestTokens {

    static final String ISSUER = "traam-test";
    static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

    private static final KeyPair TRUSTED = generate();
    private static final KeyPair FOREIGN = generate();
    private static final Path PUBLIC_KEY = writePublicKeyPem();

    private TestTokens() {
    }

    /** A Spring resource location for {@code traam.security.jwt.public-key-location}. */
    static String publicKeyLocation() {
        return PUBLIC_KEY.toUri().toString();
    }

    static String valid(String subject) {
        return valid(subject, ISSUER);
    }

    static String valid(String subject, String issuer) {
        return sign(TRUSTED, subject, issuer, Instant.now().plus(Duration.ofMinutes(5)));
    }

    static String expired(String subject) {
        // Well past the decoder's 60 s clock skew.
        return sign(TRUSTED, subject, ISSUER, Instant.now().minus(Duration.ofMinutes(10)));
    }

    static String signedByAnotherKey(String subject) {
        return signedByAnotherKey(subject, ISSUER);
    }

    static String signedByAnotherKey(String subject, String issuer) {
        return sign(FOREIGN, subject, issuer, Instant.now().plus(Duration.ofMinutes(5)));
    }

    static String fromAnotherIssuer(String subject) {
        return sign(TRUSTED, subject, "somebody-else", Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A valid token but for its header's {@code typ}, which is {@code type} (none when null). */
    static String typed(String subject, String type) {
        return sign(TRUSTED, claims(subject, ISSUER, Instant.now().plus(Duration.ofMinutes(5))),
                type == null ? null : new JOSEObjectType(type));
    }

    /** Any claims, signed by the trusted key as an access token: what a provider would issue. */
    static String signed(JWTClaimsSet claims) {
        return sign(TRUSTED, claims, ACCESS_TOKEN);
    }

    /** Any claims, signed by the trusted key as an ID token ({@code typ: JWT}). */
    static String idToken(JWTClaimsSet claims) {
        return sign(TRUSTED, claims, JOSEObjectType.JWT);
    }

    /** The trusted public key as a JWK set, as a provider publishes it at {@code /oauth2/jwks}. */
    static String jwkSet() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) TRUSTED.getPublic()).build()).toString();
    }

    private static String sign(KeyPair keys, String subject, String issuer, Instant expiresAt) {
        return sign(keys, claims(subject, issuer, expiresAt), ACCESS_TOKEN);
    }

    private static JWTClaimsSet claims(String subject, String issuer, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", List.of("TEACHER"))
                .claim("academy", "25")
                .build();
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims, JOSEObjectType type) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type).build(), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKeyPem() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(TRUSTED.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("jwt-public", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

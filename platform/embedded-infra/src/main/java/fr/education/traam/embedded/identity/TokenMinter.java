package fr.education.traam.embedded.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Mints RS256 JWTs the platform accepts: {@code iss}, {@code sub}, {@code iat}, {@code exp}, {@code jti},
 * {@code roles} (array of strings) and, for académie-level users, {@code academy} (ministry code, e.g. "25"). The
 * header names the key by {@link SigningKeys#keyId()}, as the local identity provider's tokens do, so that both are
 * verified alike against its JWK set, and says {@code typ: at+jwt} (RFC 9068), which every verifier requires of an
 * access token so that an ID token is never taken for one (ADR 5).
 */
public final class TokenMinter {

    /** The local identity provider's issuer (its browser-facing address), which {@code ./traam token} signs as too. */
    public static final String LOCAL_ISSUER = "http://localhost:9000";
    public static final String ROLES_CLAIM = "roles";
    public static final String ACADEMY_CLAIM = "academy";
    public static final String EMAIL_CLAIM = "email";
    /** The JOSE header {@code typ} of an access token (RFC 9068 section 2.1). */
    public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private final RSASSASigner signer;
    private final String keyId;
    private final String issuer;
    private final Clock clock;

    public TokenMinter(SigningKeys keys, String issuer, Clock clock) {
        Objects.requireNonNull(keys, "keys");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer is required");
        }
        this.signer = new RSASSASigner(keys.privateKey());
        this.keyId = keys.keyId();
        this.issuer = issuer;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A signed, compact-serialised JWT (without the {@code Bearer } prefix). */
    public String mint(TokenRequest request) {
        Objects.requireNonNull(request, "request");
        Instant issuedAt = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(request.subject())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(request.ttl())))
                .jwtID(UUID.randomUUID().toString())
                .claim(ROLES_CLAIM, request.roles());
        if (request.academy() != null) {
            claims.claim(ACADEMY_CLAIM, request.academy());
        }
        if (request.email() != null) {
            claims.claim(EMAIL_CLAIM, request.email());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(ACCESS_TOKEN_TYPE)
                .keyID(keyId)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token for " + request.subject(), e);
        }
        return jwt.serialize();
    }

    /**
     * What a token says about its bearer.
     *
     * @param subject who the token is for
     * @param roles   platform roles, e.g. {@code DAN}; may be empty
     * @param academy ministry code of the bearer's académie, or {@code null} for national users
     * @param ttl     how long the token stays valid after it is minted
     * @param email   the bearer's professional e-mail address, or {@code null}: members of working groups are known by it
     */
    public record TokenRequest(String subject, List<String> roles, String academy, Duration ttl, String email) {

        public TokenRequest(String subject, List<String> roles, String academy, Duration ttl) {
            this(subject, roles, academy, ttl, null);
        }

        public TokenRequest {
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("subject is required");
            }
            roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
            Objects.requireNonNull(ttl, "ttl");
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("ttl must be positive: " + ttl);
            }
        }
    }
}

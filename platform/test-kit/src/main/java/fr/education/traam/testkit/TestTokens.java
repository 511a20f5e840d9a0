package fr.education.traam.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import fr.education.traam.embedded.identity.TokenMinter.TokenRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Ready-made {@code Authorization} header values for tests: each method returns {@code "Bearer <jwt>"}.
 * Tokens are signed with a key pair generated once per JVM; its public key is written to a temporary file that
 * {@link TraamInfrastructure} hands to the application as {@code traam.security.jwt.public-key-location}.
 */
public final class TestTokens {

    private static final Duration TTL = Duration.ofHours(1);
    // Well past Spring Security's default 60 s clock skew, so an expired token is refused for sure.
    private static final Duration EXPIRED_SINCE = Duration.ofHours(1);

    private final TokenMinter minter;
    private final TokenMinter expiredMinter;
    private final TokenMinter strangerMinter;
    private final SigningKeys keys;
    private final Path publicKeyFile;

    private TestTokens(SigningKeys keys, Path publicKeyFile) {
        this.keys = keys;
        Clock clock = Clock.systemUTC();
        this.minter = new TokenMinter(keys, TokenMinter.LOCAL_ISSUER, clock);
        this.expiredMinter = new TokenMinter(keys, TokenMinter.LOCAL_ISSUER,
                Clock.offset(clock, TTL.plus(EXPIRED_SINCE).negated()));
        this.strangerMinter = new TokenMinter(SigningKeys.generate(), TokenMinter.LOCAL_ISSUER, clock);
        this.publicKeyFile = publicKeyFile;
    }

    static TestTokens shared() {
        return Shared.TOKENS;
    }

    /** A token for a national user holding {@code role}, e.g. {@code DNE_EXPERT}. */
    public String bearer(String role) {
        return bearer(role, null);
    }

    /** A token for a user holding {@code role} in the académie with ministry code {@code academy} (nullable). */
    public String bearer(String role, String academy) {
        return bearerWithRoles(List.of(role), academy, subjectFor(role));
    }

    /** A token with any roles, académie (nullable) and subject. */
    public String bearerWithRoles(List<String> roles, String academy, String subject) {
        return "Bearer " + minter.mint(new TokenRequest(subject, roles, academy, TTL));
    }

    /** A token for someone known by their professional address (a member of a working group), with any roles. */
    public String bearerOfPerson(List<String> roles, String academy, String subject, String email) {
        return "Bearer " + minter.mint(new TokenRequest(subject, roles, academy, TTL, email));
    }

    /** A correctly signed token that expired an hour ago. */
    public String expired(String role) {
        return "Bearer " + expiredMinter.mint(new TokenRequest(subjectFor(role), List.of(role), null, TTL));
    }

    /** A token with valid claims signed by a key the application does not trust. */
    public String signedByAStranger(String role) {
        return "Bearer " + strangerMinter.mint(new TokenRequest(subjectFor(role), List.of(role), null, TTL));
    }

    /**
     * A token signed by the trusted key, of the platform's issuer, with the claims of a person's access token but
     * whose header says {@code typ: type} (no {@code typ} when null) instead of {@code at+jwt}: an ID token looks like
     * this ({@code typ: JWT}), and must never be accepted as a bearer (ADR 5).
     */
    public String withHeaderType(String role, String type) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenMinter.LOCAL_ISSUER)
                .subject(subjectFor(role))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TTL)))
                .claim(TokenMinter.ROLES_CLAIM, List.of(role))
                .build();
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.keyId());
        if (type != null) {
            header.type(new JOSEObjectType(type));
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return "Bearer " + jwt.serialize();
    }

    /** {@code file:} URL of the PEM public key that verifies these tokens. */
    public String publicKeyLocation() {
        return publicKeyFile.toUri().toString();
    }

    private static String subjectFor(String role) {
        Objects.requireNonNull(role, "role");
        return "test-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static final class Shared {

        static final TestTokens TOKENS = create();

        private static TestTokens create() {
            SigningKeys keys = SigningKeys.generate();
            try {
                Path file = Files.createTempFile("traam-test-jwt-public-", ".pem");
                file.toFile().deleteOnExit();
                return new TestTokens(keys, keys.writePublicKeyTo(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the test public key", e);
            }
        }
    }
}

package fr.education.traam.testkit;

import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import fr.education.traam.embedded.identity.TokenMinter.TokenRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
    private final Path publicKeyFile;

    private TestTokens(SigningKeys keys, Path publicKeyFile) {
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

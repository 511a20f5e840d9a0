package fr.education.traam.journey;

import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The people of the journey, as the platform sees them: bearer tokens signed with the key pair the platform under
 * test was started with, as {@code ./traam token} signs them.
 */
final class Badges {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private final TokenMinter minter;

    Badges(Path keys) {
        this.minter = new TokenMinter(SigningKeys.loadOrCreate(keys), TokenMinter.LOCAL_ISSUER, Clock.systemUTC());
    }

    /** A DNE expert; {@code expertId} must be among a theme's experts for them to select académies for it. */
    String dneExpert(String expertId) {
        return bearer(expertId, "DNE_EXPERT", null);
    }

    /** The DAN (délégué académique au numérique) of an académie. */
    String dan(Academy academy) {
        return bearer("dan-" + academy.code(), "DAN", academy.code());
    }

    /** An ÉduNum editor. */
    String editor() {
        return bearer("edunum-editor", "EDITOR", null);
    }

    private String bearer(String subject, String role, String academy) {
        return "Bearer " + minter.mint(new TokenMinter.TokenRequest(subject, List.of(role), academy, LIFETIME));
    }
}

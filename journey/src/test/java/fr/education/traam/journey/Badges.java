package fr.education.traam.journey;

import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The people of the journey, as the platform sees them: bearer tokens signed with the key pair the platform under
 * test was started with, as {@code ./traam token} signs them.
 */
final class Badges {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private static final List<String> EVERY_ROLE = List.of("DNE_EXPERT", "INSPECTOR_GENERAL", "DAN", "ACADEMIC_INSPECTOR",
            "TEACHER", "CARDIE", "EDITOR", "OPERATOR");

    private final Path keys;
    private final TokenMinter minter;

    private final String issuer;

    /** Tokens signed with the key pair in {@code keys} under {@code issuer}, the platform's identity provider's address. */
    Badges(Path keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
        this.minter = new TokenMinter(SigningKeys.loadOrCreate(keys), issuer, Clock.systemUTC());
    }

    /** A DNE expert; {@code expertId} must be among a theme's experts for them to select académies for it. */
    String dneExpert(String expertId) {
        return bearer(expertId, "DNE_EXPERT", null);
    }

    /** The DAN (délégué académique au numérique) of an académie. */
    String dan(Academy academy) {
        return bearer("dan-" + academy.code(), "DAN", academy.code());
    }

    /**
     * The DAN of an académie known by a professional e-mail address (the token's {@code email} claim), as
     * {@code ./traam token DAN --academy 10 --email sophie.durand@ac-lyon.fr}: the groups service knows a working
     * group's members by their address, so this is how a member reads the groups they belong to.
     */
    String member(Academy academy, String email) {
        return bearer("member-" + academy.code(), List.of("DAN"), academy.code(), email);
    }

    /**
     * A member of a working group as the productions service recognises them: by the professional address of their
     * token's {@code email} claim, which the groups service learnt from the candidature, as
     * {@code ./traam token TEACHER --academy 10 --email paul.martin@ac-lyon.fr}.
     */
    String groupMember(String role, Academy academy, String email) {
        return bearer(role.toLowerCase(Locale.ROOT) + "-" + email, List.of(role), academy.code(), email);
    }

    /** An ÉduNum editor. */
    String editor() {
        return bearer("edunum-editor", "EDITOR", null);
    }

    /**
     * Someone holding every role, for an académie: whatever an operation requires, this badge lets a request reach the
     * validation of its parameters and body.
     */
    String everyRole(Academy academy) {
        return bearer("walker-" + academy.code(), EVERY_ROLE, academy.code());
    }

    /**
     * Someone holding every role whose {@code email} claim is {@code email}, whatever it holds: the groups service knows
     * its members by that claim, so a hostile one must be refused or ignored like any other input.
     */
    String everyRole(Academy academy, String email) {
        return bearer("walker-" + academy.code(), EVERY_ROLE, academy.code(), email);
    }

    /** A teacher: a real person, rightly signed, whom no write operation of the platform lets act. */
    String teacher(Academy academy) {
        return bearer("teacher-" + academy.code(), List.of("TEACHER"), academy.code());
    }

    /** A badge holding every role that expired an hour ago. */
    String expired() {
        Clock twoHoursAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
        TokenMinter past = new TokenMinter(SigningKeys.loadOrCreate(keys), issuer, twoHoursAgo);
        return "Bearer " + past.mint(new TokenMinter.TokenRequest("expired", EVERY_ROLE, null, LIFETIME));
    }

    /** A badge of the right shape, signed by a key the platform does not know ({@code elsewhere} holds it). */
    String forged(Path elsewhere) {
        TokenMinter stranger = new TokenMinter(SigningKeys.loadOrCreate(elsewhere), issuer, Clock.systemUTC());
        return "Bearer " + stranger.mint(new TokenMinter.TokenRequest("forger", EVERY_ROLE, null, LIFETIME));
    }

    private String bearer(String subject, String role, String academy) {
        return bearer(subject, List.of(role), academy);
    }

    private String bearer(String subject, List<String> roles, String academy) {
        return bearer(subject, roles, academy, null);
    }

    private String bearer(String subject, List<String> roles, String academy, String email) {
        return "Bearer " + minter.mint(new TokenMinter.TokenRequest(subject, roles, academy, LIFETIME, email));
    }
}

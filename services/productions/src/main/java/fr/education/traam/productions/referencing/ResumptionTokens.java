package fr.education.traam.productions.referencing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Resumption tokens that need no storage: the token's fields, each in URL-safe Base64, joined by dots and signed with
 * HMAC-SHA256 under the repository's key. A token whose signature does not match (changed, or signed under another key)
 * or whose time is over is refused; either way the harvester starts again, as the protocol says.
 */
public final class ResumptionTokens {

    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    public ResumptionTokens(byte[] key, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a resumption token key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.clock = clock;
    }

    public String write(ResumptionToken token) {
        String payload = String.join(".", VERSION, part(token.verb().name()), part(token.metadataPrefix()), part(token.set()),
                part(token.from()), part(token.until()), part(Long.toString(token.lastChangedAt().getEpochSecond())),
                part(token.lastId()), part(Long.toString(token.cursor())), part(Long.toString(token.expiresAt().getEpochSecond())));
        return payload + "." + ENCODER.encodeToString(signature(payload));
    }

    /** The token, if it is one of ours, unchanged and still valid. */
    public Optional<ResumptionToken> read(String text) {
        int last = text.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = text.substring(0, last);
        byte[] given;
        try {
            given = DECODER.decode(text.substring(last + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, signature(payload))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 10 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            Optional<OaiVerb> verb = OaiVerb.named(value(parts[1]));
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(value(parts[9])));
            if (verb.isEmpty() || !clock.instant().isBefore(expiresAt)) {
                return Optional.empty();
            }
            return Optional.of(new ResumptionToken(verb.get(), value(parts[2]), value(parts[3]), value(parts[4]), value(parts[5]),
                    Instant.ofEpochSecond(Long.parseLong(value(parts[6]))), value(parts[7]), Long.parseLong(value(parts[8])), expiresAt));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private byte[] signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), 20);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is unavailable", unavailable);
        }
    }

    /** An absent field is empty; a present one is prefixed so that an empty string stays distinct from none. */
    private static String part(String value) {
        return value == null ? "" : ENCODER.encodeToString(("=" + value).getBytes(StandardCharsets.UTF_8));
    }

    private static String value(String part) {
        if (part.isEmpty()) {
            return null;
        }
        String decoded = new String(DECODER.decode(part), StandardCharsets.UTF_8);
        if (!decoded.startsWith("=")) {
            throw new IllegalArgumentException("not a token field");
        }
        return decoded.substring(1);
    }
}

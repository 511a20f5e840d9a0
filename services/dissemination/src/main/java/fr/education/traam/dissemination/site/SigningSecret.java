package fr.education.traam.dissemination.site;

import fr.education.traam.kit.domain.Refused;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret a site verifies its webhooks with, in the Standard Webhooks form {@code whsec_<base64>}: the HMAC key
 * is the base64-decoded part after the prefix. It is shown once, when created or rotated; {@link #toString()} never
 * shows it, so that it cannot leak into a log.
 */
public record SigningSecret(String value) {

    public static final String PREFIX = "whsec_";
    /** 32 random bytes: above the 24 the platform requires, and the size of the HMAC-SHA256 block's half. */
    private static final int KEY_BYTES = 32;
    private static final int MIN_KEY_BYTES = 24;

    public SigningSecret {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
        }
        if (decode(value).length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a signing secret holds at least " + MIN_KEY_BYTES + " bytes");
        }
    }

    public static SigningSecret generate(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the bytes the base64 after the prefix stands for. */
    public byte[] key() {
        return decode(value);
    }

    private static byte[] decode(String value) {
        try {
            return Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("secret", "a signing secret is whsec_ and base64");
        }
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}

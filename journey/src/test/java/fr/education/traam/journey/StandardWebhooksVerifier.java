package fr.education.traam.journey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an académie's website checks a webhook, written here from the Standard Webhooks specification
 * (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md) rather than borrowed
 * from the service, so that the journey would catch a signer and a verifier that agree on a mistake: the signed
 * content is {@code webhook-id.webhook-timestamp.body} over the raw bytes received; the key is the base64-decoded
 * secret after {@code whsec_}; {@code webhook-signature} is a space-delimited list of {@code version,signature}, one
 * {@code v1} of which must equal the base64 HMAC-SHA256, compared in constant time; a timestamp more than five
 * minutes from now is refused, as a replay.
 */
final class StandardWebhooksVerifier {

    private static final String SECRET_PREFIX = "whsec_";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] key;

    StandardWebhooksVerifier(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a Standard Webhooks secret starts with " + SECRET_PREFIX);
        }
        this.key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }

    /** Why the message must be refused, or empty when it is authentic and recent. */
    Optional<String> refusal(String webhookId, String timestamp, String signatureHeader, byte[] body, Instant now) {
        if (webhookId == null || timestamp == null || signatureHeader == null) {
            return Optional.of("a webhook-id, webhook-timestamp or webhook-signature header is missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Optional.of("webhook-timestamp is not Unix seconds: " + timestamp);
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return Optional.of("webhook-timestamp " + timestamp + " is more than " + TOLERANCE.toMinutes() + " minutes from " + now);
        }
        byte[] expected = hmac(signedContent(webhookId, timestamp, body));
        for (String versioned : signatureHeader.split(" ")) {
            int comma = versioned.indexOf(',');
            if (comma < 0 || !versioned.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(versioned.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            // Constant time, so that a forger learns nothing from how long a wrong guess takes to refuse.
            if (MessageDigest.isEqual(expected, given)) {
                return Optional.empty();
            }
        }
        return Optional.of("no v1 signature in '" + signatureHeader + "' matches the secret");
    }

    private static byte[] signedContent(String webhookId, String timestamp, byte[] body) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        content.writeBytes(body);
        return content.toByteArray();
    }

    private byte[] hmac(byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has HmacSHA256", e);
        }
    }
}

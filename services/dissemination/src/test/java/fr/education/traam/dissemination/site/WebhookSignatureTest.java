package fr.education.traam.dissemination.site;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignatureTest {

    @Test
    void signs_the_example_of_the_standard_webhooks_reference_libraries_as_they_do() {
        SigningSecret secret = new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void a_signature_verifies_with_the_independent_verifier_and_not_once_the_body_changed() {
        SigningSecret secret = SigningSecret.generate(new SecureRandom());
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.sign(secret, "msg_1", now, "{\"a\":1}");
        StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(secret.value());

        assertThat(verifier.verify("msg_1", Long.toString(now), signature, "{\"a\":1}", Instant.now())).isTrue();
        assertThat(verifier.verify("msg_1", Long.toString(now), signature, "{\"a\":2}", Instant.now())).isFalse();
        assertThat(verifier.verify("msg_2", Long.toString(now), signature, "{\"a\":1}", Instant.now())).isFalse();
    }

    @Test
    void a_generated_secret_is_whsec_and_32_random_bytes_and_never_printed() {
        SigningSecret secret = SigningSecret.generate(new SecureRandom());

        assertThat(secret.value()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.value().substring(6))).hasSize(32);
        assertThat(secret.toString()).isEqualTo("whsec_…");
        assertThatThrownBy(() -> new SigningSecret("whsec_" + Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

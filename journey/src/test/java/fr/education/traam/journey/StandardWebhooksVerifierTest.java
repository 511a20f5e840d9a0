package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The journey's verifier against the example the Standard Webhooks libraries test themselves with, so that a
 * webhook the journey accepts is one any conforming site would accept.
 */
class StandardWebhooksVerifierTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(1614265330);

    private final StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(SECRET);

    @Test
    void accepts_the_specification_example_among_other_signatures() {
        assertThat(verifier.refusal(ID, TIMESTAMP, SIGNATURE, BODY, THEN)).isEmpty();
        assertThat(verifier.refusal(ID, TIMESTAMP, "v2,abc= v1,bm90IHRoaXM= " + SIGNATURE, BODY, THEN)).isEmpty();
    }

    @Test
    void refuses_a_changed_body_id_or_secret() {
        assertThat(verifier.refusal(ID, TIMESTAMP, SIGNATURE, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), THEN))
                .isPresent();
        assertThat(verifier.refusal("msg_other", TIMESTAMP, SIGNATURE, BODY, THEN)).isPresent();
        assertThat(new StandardWebhooksVerifier("whsec_" + "QUJDREVGR0hJSktMTU5PUA==").refusal(ID, TIMESTAMP, SIGNATURE, BODY, THEN))
                .isPresent();
    }

    @Test
    void refuses_a_timestamp_more_than_five_minutes_away_as_a_replay() {
        assertThat(verifier.refusal(ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(301))).isPresent();
        assertThat(verifier.refusal(ID, TIMESTAMP, SIGNATURE, BODY, THEN.minusSeconds(301))).isPresent();
    }

    @Test
    void refuses_a_signature_of_another_version_only() {
        assertThat(verifier.refusal(ID, TIMESTAMP, SIGNATURE.replace("v1,", "v1a,"), BODY, THEN)).isPresent();
    }
}

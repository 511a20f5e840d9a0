package fr.education.traam.testkit;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KafkaTopicProbeTest {

    @Test
    void waiting_in_vain_fails_with_what_was_seen() {
        try (KafkaTopicProbe probe = new KafkaTopicProbe("traam.silent." + UUID.randomUUID())) {
            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> probe.awaitRecords(record -> true, 1, Duration.ofMillis(500)))
                    .withMessageContaining("found 0 among 0 seen");
        }
    }
}

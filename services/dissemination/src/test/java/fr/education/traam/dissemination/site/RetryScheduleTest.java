package fr.education.traam.dissemination.site;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private static final RetrySchedule PRODUCTION = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6)), 0.2, Duration.ofHours(6));

    @Test
    void waits_seconds_then_minutes_then_hours_stretched_by_at_most_the_jitter_then_gives_up() {
        assertThat(PRODUCTION.attempts()).isEqualTo(9);
        assertThat(PRODUCTION.after(1, null, 0)).contains(Duration.ofSeconds(5));
        assertThat(PRODUCTION.after(1, null, 0.999).orElseThrow()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6));
        assertThat(PRODUCTION.after(4, null, 0)).contains(Duration.ofMinutes(10));
        assertThat(PRODUCTION.after(8, null, 0.999)).contains(Duration.ofHours(6));
        assertThat(PRODUCTION.after(9, null, 0)).isEmpty();
    }

    @Test
    void a_longer_retry_after_wins_up_to_the_cap_and_a_shorter_one_does_not() {
        assertThat(PRODUCTION.after(1, Duration.ofMinutes(1), 0)).contains(Duration.ofMinutes(1));
        assertThat(PRODUCTION.after(2, Duration.ofSeconds(1), 0)).contains(Duration.ofSeconds(30));
        assertThat(PRODUCTION.after(1, Duration.ofDays(3), 0)).contains(Duration.ofHours(6));
    }

    @Test
    void retry_after_reads_seconds_and_http_dates() {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Tue, 24 Nov 2026 10:05:00 GMT", now)).contains(Duration.ofMinutes(5));
        assertThat(RetryAfter.parse("Tue, 24 Nov 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void a_delivery_dies_after_its_last_attempt_and_a_replay_starts_the_schedule_again_with_the_same_webhook_id() {
        RetrySchedule twoRetries = new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), 0, Duration.ofHours(1));
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        Delivery delivery = new Delivery(Delivery.idFor("event-1", "site-1"), "site-1", "event-1", "t", "subject-1", "{}", DeliveryStatus.PENDING,
                List.of(), 0, at, at, null, null, 0);

        Delivery first = delivery.after(DeliveryAttempt.answered(at, 500, Duration.ZERO), twoRetries, null, 0);
        assertThat(first.nextAttemptAt()).isEqualTo(at.plusSeconds(1));
        Delivery second = first.after(DeliveryAttempt.unanswered(at.plusSeconds(1), "timeout", Duration.ZERO), twoRetries, null, 0);
        Delivery dead = second.after(DeliveryAttempt.answered(at.plusSeconds(3), 502, Duration.ZERO), twoRetries, null, 0);
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(dead.lastError()).isEqualTo("HTTP 502 after 3 attempts");

        Delivery replayed = dead.replayed(at.plusSeconds(60));
        assertThat(replayed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(replayed.webhookId()).isEqualTo(delivery.webhookId());
        assertThat(replayed.after(DeliveryAttempt.answered(at.plusSeconds(60), 500, Duration.ZERO), twoRetries, null, 0).status())
                .isEqualTo(DeliveryStatus.PENDING);
        assertThat(Delivery.idFor("event-1", "site-1")).isEqualTo(delivery.id()).isNotEqualTo(Delivery.idFor("event-1", "site-2"));
    }
}

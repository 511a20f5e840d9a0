package fr.education.traam.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

class TokenBucketRateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBucketRateLimiter limiter =
            new TokenBucketRateLimiter(new RateLimitProperties(2, 4, 10), now::get);

    @Test
    void allows_a_burst_up_to_capacity_then_refuses_with_retry_after() {
        for (int i = 0; i < 4; i++) {
            assertThat(take("client").isAllowed()).isTrue();
        }
        Response refused = take("client");

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders()).containsEntry("Retry-After", "1")
                .containsEntry(TokenBucketRateLimiter.REMAINING_HEADER, "0");
    }

    @Test
    void refills_at_the_replenish_rate() {
        for (int i = 0; i < 4; i++) {
            take("client");
        }
        advance(500);

        assertThat(take("client").isAllowed()).isTrue();
        assertThat(take("client").isAllowed()).isFalse();
    }

    @Test
    void never_holds_more_than_its_burst_capacity_after_a_long_idle() {
        advance(60_000);
        for (int i = 0; i < 4; i++) {
            assertThat(take("client").isAllowed()).isTrue();
        }
        assertThat(take("client").isAllowed()).isFalse();
    }

    @Test
    void keeps_one_bucket_per_client() {
        for (int i = 0; i < 4; i++) {
            take("greedy");
        }

        assertThat(take("greedy").isAllowed()).isFalse();
        assertThat(take("patient").isAllowed()).isTrue();
    }

    private Response take(String client) {
        return limiter.isAllowed("campaigns", client).block();
    }

    private void advance(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}

package fr.education.traam.dissemination.site;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the {@code n}-th failure, the {@code n}-th delay of the schedule
 * (seconds, then minutes, then hours), stretched by a random jitter of up to {@code jitter} of itself so that
 * deliveries failing together do not all come back together; a longer {@code Retry-After} from the site wins,
 * up to {@code cap}. After the last delay, the delivery is dead.
 */
public record RetrySchedule(List<Duration> delays, double jitter, Duration cap) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter is a fraction between 0 and 1");
        }
    }

    /** How many attempts a delivery gets in all: the first, then one per delay. */
    public int attempts() {
        return delays.size() + 1;
    }

    /**
     * The wait before the next attempt after {@code failures} failed ones, or empty when none is left.
     *
     * @param retryAfter what the site asked for, if anything
     * @param random     a number in [0, 1) drawing the jitter
     */
    public Optional<Duration> after(int failures, Duration retryAfter, double random) {
        if (failures < 1 || failures > delays.size()) {
            return Optional.empty();
        }
        Duration planned = delays.get(failures - 1);
        Duration jittered = planned.plusMillis((long) (planned.toMillis() * jitter * random));
        Duration wait = retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
        return Optional.of(wait.compareTo(cap) > 0 ? cap : wait);
    }
}

package fr.education.traam.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The gateway's {@link RateLimiter} SPI over one token bucket per (route, client) held in this JVM. Each
 * gateway instance therefore limits on its own: with N instances a client may get up to N times the rate,
 * which is acceptable for protecting services from a runaway client.
 */
@Component
public class TokenBucketRateLimiter implements RateLimiter<RateLimitProperties> {

    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    public static final String REPLENISH_RATE_HEADER = "X-RateLimit-Replenish-Rate";
    public static final String BURST_CAPACITY_HEADER = "X-RateLimit-Burst-Capacity";

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final RateLimitProperties limits;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastEviction;

    @Autowired
    public TokenBucketRateLimiter(RateLimitProperties limits) {
        this(limits, System::nanoTime);
    }

    TokenBucketRateLimiter(RateLimitProperties limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.lastEviction = new AtomicLong(nanoClock.getAsLong());
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String clientId) {
        return Mono.fromSupplier(() -> take(routeId + '|' + clientId));
    }

    private Response take(String key) {
        long now = nanoClock.getAsLong();
        evictIdleBucketsIfCrowded(now);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limits.burstCapacity(), now));
        return bucket.take(now);
    }

    /**
     * At most once a second, so a flood of distinct clients cannot turn every request into a full scan. Only full
     * buckets go: a client whose bucket is evicted while in use gains one request at most.
     */
    private void evictIdleBucketsIfCrowded(long now) {
        long last = lastEviction.get();
        if (buckets.size() > limits.maxTrackedClients() && now - last >= NANOS_PER_SECOND
                && lastEviction.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
    }

    @Override
    public Map<String, RateLimitProperties> getConfig() {
        // Same limits on every route: no per-route overrides.
        return Map.of();
    }

    @Override
    public Class<RateLimitProperties> getConfigClass() {
        return RateLimitProperties.class;
    }

    @Override
    public RateLimitProperties newConfig() {
        return limits;
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Response take(long now) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(REMAINING_HEADER, Long.toString((long) Math.floor(tokens)));
            headers.put(REPLENISH_RATE_HEADER, Integer.toString(limits.replenishRate()));
            headers.put(BURST_CAPACITY_HEADER, Integer.toString(limits.burstCapacity()));
            if (!allowed) {
                long retryAfter = (long) Math.ceil((1 - tokens) / limits.replenishRate());
                headers.put(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter)));
            }
            return new Response(allowed, headers);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= limits.burstCapacity();
        }

        private void refill(long now) {
            double earned = (double) (now - refilledAt) * limits.replenishRate() / NANOS_PER_SECOND;
            tokens = Math.min(limits.burstCapacity(), tokens + earned);
            refilledAt = now;
        }
    }
}

package fr.education.traam.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits applied to each client on each route.
 *
 * @param replenishRate tokens added to a client's bucket per second (its sustained request rate)
 * @param burstCapacity bucket size: how many requests a client may send at once after being idle
 * @param maxTrackedClients above this many buckets, idle (full) ones are dropped to bound memory
 */
@ConfigurationProperties("traam.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("20") int replenishRate,
        @DefaultValue("40") int burstCapacity,
        @DefaultValue("100000") int maxTrackedClients) {

    public RateLimitProperties {
        if (replenishRate < 1 || burstCapacity < 1 || maxTrackedClients < 1) {
            throw new IllegalArgumentException("traam.gateway.rate-limit values must be positive");
        }
    }
}

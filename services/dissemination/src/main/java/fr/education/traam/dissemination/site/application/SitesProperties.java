package fr.education.traam.dissemination.site.application;

import fr.education.traam.dissemination.site.RetrySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param allowPrivateAddresses whether a webhook may point at loopback, link-local or private addresses: only
 *                              where sites run beside the platform (the {@code local} profile, tests)
 * @param retrySchedule         the waits after the 1st, 2nd… failed attempt; after the last, the delivery is dead
 * @param jitter                each wait is stretched by a random fraction up to this
 * @param maxDelay              no wait is longer, whatever a site's {@code Retry-After} asks
 * @param timeout               how long a site has to answer an attempt
 * @param pollInterval          how often due deliveries are looked for (besides right after an event)
 * @param senders               threads POSTing deliveries, shared by all sites; each site's bulkhead bounds its share
 */
@ConfigurationProperties("traam.dissemination.sites")
public record SitesProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue({"5s", "30s", "2m", "10m", "30m", "1h", "3h", "6h"}) List<Duration> retrySchedule,
        @DefaultValue("0.2") double jitter,
        @DefaultValue("6h") Duration maxDelay,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("8") int senders) {

    public RetrySchedule schedule() {
        return new RetrySchedule(retrySchedule, jitter, maxDelay);
    }

    /** How long a claimed delivery stays with the instance that took it: its attempt's timeout and a margin. */
    public Duration lease() {
        return timeout.plusSeconds(30);
    }
}

package fr.education.traam.kit.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The outbox of one service.
 *
 * @param source        CloudEvents {@code source} of every event the service publishes, e.g. {@code /traam/campaigns}
 * @param sweepInterval how often the relay looks for events a crash or an outage left behind
 * @param sendTimeout   how long the relay waits for the broker to acknowledge one event
 */
@ConfigurationProperties("traam.outbox")
public record OutboxProperties(
        String source,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("10s") Duration sendTimeout) {
}

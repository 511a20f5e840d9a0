package fr.education.traam.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * How a service sends its mails; the SMTP server itself is Boot's {@code spring.mail.*}.
 *
 * @param enabled      whether the relay sends at all (mails are stored either way, and go when it is enabled again)
 * @param from         the sender's address
 * @param retries      the waits before each new attempt after a failure; after the last one the mail is DEAD
 * @param batchSize    how many due mails one round of the relay sends at most
 * @param pollInterval how often the relay looks for due mails (it is also woken by each new mail)
 * @param retention    how long the record of a sent or dead mail (recipient, subject, status) is kept
 */
@ConfigurationProperties("traam.mail")
public record MailProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("ne-pas-repondre@traam.education.gouv.fr") String from,
        @DefaultValue({"30s", "2m", "10m", "1h", "6h"}) List<Duration> retries,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("90d") Duration retention) {

    public MailProperties {
        retries = List.copyOf(retries);
        if (batchSize < 1) {
            throw new IllegalArgumentException("traam.mail.batch-size must be at least 1");
        }
    }
}

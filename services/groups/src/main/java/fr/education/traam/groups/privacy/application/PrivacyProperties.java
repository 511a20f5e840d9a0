package fr.education.traam.groups.privacy.application;

import fr.education.traam.groups.privacy.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

/**
 * The personal data settings of the groups service.
 *
 * @param retention     how long after a theme closes (or a group closed early) its members' data are kept: {@code 1y},
 *                      {@code 18m}, {@code P2Y}…
 * @param timeZone      where the campaigns' closing dates are read: a date passes at midnight there
 * @param purgeInterval how often the purge looks for people whose groups are all past their retention
 * @param pageSize      how many groups the purge reads at a time
 */
@ConfigurationProperties("traam.groups.privacy")
public record PrivacyProperties(
        @DefaultValue("1y") Period retention,
        @DefaultValue("Europe/Paris") ZoneId timeZone,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("200") int pageSize) {

    public PrivacyProperties {
        if (pageSize < 1) {
            throw new IllegalArgumentException("traam.groups.privacy.page-size must be at least 1: " + pageSize);
        }
    }

    public Retention retentionPolicy() {
        return new Retention(retention, timeZone);
    }
}

package fr.education.traam.campaigns.campaign.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * @param timeZone              where calendar dates are read: a date passes at midnight there
 * @param calendarCheckInterval how often the calendar is checked for phases whose date has passed
 */
@ConfigurationProperties("traam.campaigns")
public record CampaignsProperties(
        @DefaultValue("Europe/Paris") ZoneId timeZone,
        @DefaultValue("1m") Duration calendarCheckInterval) {
}

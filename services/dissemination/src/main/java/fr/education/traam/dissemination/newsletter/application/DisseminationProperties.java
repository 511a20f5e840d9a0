package fr.education.traam.dissemination.newsletter.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.ZoneId;

/**
 * @param publicBaseUrl where readers reach the platform (the gateway): every link in items, feeds, pages and the
 *                      published event starts with it, so they read the same whoever fetched them
 * @param timeZone      where the dates shown to readers are read
 * @param feedSize      how many of a line's latest editions its feeds list
 */
@ConfigurationProperties("traam.dissemination")
public record DisseminationProperties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue("Europe/Paris") ZoneId timeZone,
        @DefaultValue("20") int feedSize) {

    /** {@code path} (starting with a slash) under the public base URL. */
    public String link(String path) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    public String linePath(String lineId) {
        return "/api/dissemination/edition-lines/" + lineId;
    }

    public String editionPage(String lineId, int number) {
        return link(linePath(lineId) + "/editions/" + number);
    }
}

package fr.education.traam.candidatures.selection.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The DANs' outcome mails.
 *
 * @param publicBaseUrl where the public reach the platform (the gateway), before {@code /api/candidatures/selections/…},
 *                      for the link to the published selection
 */
@ConfigurationProperties("traam.candidatures.outcome-mail")
public record OutcomeMailProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public String selectionLink(String campaignId, String themeId) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + "/api/candidatures/selections/" + campaignId + "/" + themeId;
    }
}

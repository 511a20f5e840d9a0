package fr.education.traam.groups.group.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The members' mails.
 *
 * @param publicBaseUrl where the members reach the platform (the gateway), before {@code /api/groups/…}, for the link to
 *                      their group's page
 */
@ConfigurationProperties("traam.groups.member-mail")
public record MemberMailProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public String groupLink(String groupId) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + "/api/groups/" + groupId;
    }
}

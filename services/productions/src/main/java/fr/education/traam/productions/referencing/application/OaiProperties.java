package fr.education.traam.productions.referencing.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The OAI-PMH data provider (ADR 28). Its base URL is {@code traam.productions.public-base-url} + {@code /oai}.
 *
 * @param repositoryName       what Identify names the repository
 * @param repositoryIdentifier the domain name in every record's identifier, {@code oai:<it>:<productionId>}
 * @param adminEmails          who answers for the repository (at least one)
 * @param pageSize             headers or records per list response, before a resumption token
 * @param tokenLifetime        how long a resumption token holds
 * @param tokenSecret          the key that signs resumption tokens; without one, a key drawn at start, so that tokens
 *                             do not outlive the process nor work on another instance
 */
@ConfigurationProperties("traam.productions.oai")
public record OaiProperties(@DefaultValue("TraAM — productions des travaux académiques mutualisés") String repositoryName,
                            @DefaultValue("traam.education.fr") String repositoryIdentifier,
                            @DefaultValue("traam@education.gouv.fr") List<String> adminEmails,
                            @DefaultValue("100") int pageSize,
                            @DefaultValue("24h") Duration tokenLifetime,
                            String tokenSecret) {

    public OaiProperties {
        if (pageSize < 1) {
            throw new IllegalArgumentException("traam.productions.oai.page-size is at least 1");
        }
        if (adminEmails == null || adminEmails.isEmpty()) {
            throw new IllegalArgumentException("traam.productions.oai.admin-emails names at least one address");
        }
        adminEmails = List.copyOf(adminEmails);
    }
}

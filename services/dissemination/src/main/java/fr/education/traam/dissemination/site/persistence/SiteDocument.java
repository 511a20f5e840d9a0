package fr.education.traam.dissemination.site.persistence;

import fr.education.traam.dissemination.site.AcademicSite;
import fr.education.traam.dissemination.site.Scope;
import fr.education.traam.dissemination.site.SigningSecret;
import fr.education.traam.dissemination.site.SiteStatus;
import fr.education.traam.dissemination.site.Subscription;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The stored form of a site. The signing secret is kept as issued, because signing needs the key itself (a hash
 * would not do); ADR 11 says how it is to be protected in production.
 */
@Document("academicSites")
record SiteDocument(@Id String id, long version, String academy, String name, String webhookUrl, List<String> eventTypes,
                    String scope, String secret, String status, String disabledReason, Instant createdAt) {

    static final String EVENT_TYPES = "eventTypes";

    static SiteDocument of(AcademicSite site, long version) {
        return new SiteDocument(site.id(), version, site.academy(), site.name(), site.webhookUrl().toString(),
                List.copyOf(site.subscription().eventTypes()), site.subscription().scope().name(), site.secret().value(),
                site.status().name(), site.disabledReason(), site.createdAt());
    }

    AcademicSite toSite() {
        return new AcademicSite(id, academy, name, URI.create(webhookUrl), new Subscription(Set.copyOf(eventTypes), Scope.valueOf(scope)),
                new SigningSecret(secret), SiteStatus.valueOf(status), disabledReason, createdAt, version);
    }
}

package fr.education.traam.dissemination.site.web;

import fr.education.traam.dissemination.site.Scope;
import fr.education.traam.kit.domain.Refused;
import io.swagger.v3.oas.annotations.media.Schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** What clients send to the registry. */
final class SiteRequests {

    private SiteRequests() {
    }

    @Schema(name = "SiteRegistration", description = "A site to register; academy defaults to the caller's (a DAN's).")
    record Registration(String academy, String name, String webhookUrl, SubscriptionRequest subscription) {

        URI url() {
            if (webhookUrl == null || webhookUrl.isBlank()) {
                throw Refused.invalid("webhookUrl", "give the address of the site's webhook");
            }
            try {
                return new URI(webhookUrl.strip());
            } catch (URISyntaxException e) {
                throw Refused.invalid("webhookUrl", "not a URL: " + e.getMessage());
            }
        }

        SubscriptionRequest requiredSubscription() {
            if (subscription == null) {
                throw Refused.invalid("subscription", "name the event types and the scope (OWN_ACADEMY or ALL)");
            }
            return subscription;
        }
    }

    @Schema(name = "SubscriptionRequest")
    record SubscriptionRequest(Set<String> eventTypes, Scope scope) {
    }
}

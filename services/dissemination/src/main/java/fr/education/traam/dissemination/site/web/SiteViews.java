package fr.education.traam.dissemination.site.web;

import fr.education.traam.dissemination.site.AcademicSite;
import fr.education.traam.dissemination.site.Delivery;
import fr.education.traam.dissemination.site.DeliveryAttempt;
import fr.education.traam.dissemination.site.DeliveryStatus;
import fr.education.traam.dissemination.site.Scope;
import fr.education.traam.dissemination.site.SiteStatus;
import fr.education.traam.reference.Academy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the registry answers. The secret appears in {@link SiteWithSecret} only: the creation and rotation answers. */
final class SiteViews {

    private SiteViews() {
    }

    @Schema(name = "AcademicSiteView", description = "A registered site, without its secret.")
    record SiteView(String id, String academy, String academyName, String name, String webhookUrl, Set<String> eventTypes,
                    Scope scope, SiteStatus status, String disabledReason, Instant createdAt) {

        static SiteView of(AcademicSite site) {
            return new SiteView(site.id(), site.academy(), Academy.nameOf(site.academy()), site.name(), site.webhookUrl().toString(),
                    site.subscription().eventTypes(), site.subscription().scope(), site.status(), site.disabledReason(), site.createdAt());
        }
    }

    @Schema(name = "AcademicSiteWithSecret", description = "The site and its signing secret, shown this once: store it now.")
    record SiteWithSecret(SiteView site, String secret) {

        static SiteWithSecret of(AcademicSite site) {
            return new SiteWithSecret(SiteView.of(site), site.secret().value());
        }
    }

    @Schema(name = "DeliveryView", description = "One event on its way to a site, with every attempt.")
    record DeliveryView(String id, String webhookId, String eventId, String eventType, DeliveryStatus status, int attemptsThisRound,
                        Instant nextAttemptAt, Instant createdAt, Instant finishedAt, String lastError, int replays,
                        List<AttemptView> attempts) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id(), delivery.webhookId(), delivery.eventId(), delivery.eventType(), delivery.status(),
                    delivery.round(), delivery.nextAttemptAt(), delivery.createdAt(), delivery.finishedAt(), delivery.lastError(),
                    delivery.replays(), delivery.attempts().stream().map(AttemptView::of).toList());
        }
    }

    @Schema(name = "DeliveryAttemptView")
    record AttemptView(Instant at, Integer status, String error, long tookMillis) {

        static AttemptView of(DeliveryAttempt attempt) {
            return new AttemptView(attempt.at(), attempt.status(), attempt.error(), attempt.took().toMillis());
        }
    }
}

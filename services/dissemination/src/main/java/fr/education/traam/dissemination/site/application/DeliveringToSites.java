package fr.education.traam.dissemination.site.application;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.dissemination.site.AcademicSite;
import fr.education.traam.dissemination.site.AcademicSites;
import fr.education.traam.dissemination.site.Deliveries;
import fr.education.traam.dissemination.site.Delivery;
import fr.education.traam.dissemination.site.Reach;
import fr.education.traam.dissemination.site.Subscription;
import fr.education.traam.kit.inbox.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Turns an event into one stored delivery per site that subscribed to it, before any attempt, then wakes the
 * sender. Idempotent by construction: a delivery's id derives from the event's and the site's, so a redelivered
 * event adds nothing (ADR 14).
 */
@Service
public class DeliveringToSites {

    private static final Logger log = LoggerFactory.getLogger(DeliveringToSites.class);

    private final AcademicSites sites;
    private final Deliveries deliveries;
    private final SendingDeliveries sender;
    private final Clock clock;

    public DeliveringToSites(AcademicSites sites, Deliveries deliveries, SendingDeliveries sender, Clock clock) {
        this.sites = sites;
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    public void deliver(InboundEvent<TraamEvent> event) {
        if (!Subscription.subscribable().contains(event.type())) {
            return;
        }
        Reach reach = Reach.of(event.data());
        List<AcademicSite> receiving = sites.subscribedTo(event.type()).stream().filter(site -> site.receives(event.type(), reach)).toList();
        if (receiving.isEmpty()) {
            return;
        }
        String body = StructuredCloudEvent.of(event);
        int added = 0;
        for (AcademicSite site : receiving) {
            if (deliveries.add(Delivery.pending(site, event.id(), event.type(), body, clock.instant()))) {
                added++;
            }
        }
        log.debug("{} {}: {} new deliveries for {} sites", event.type(), event.id(), added, receiving.size());
        if (added > 0) {
            sender.wake();
        }
    }
}

package fr.education.traam.dissemination.site.application;

import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionWithdrawn;
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
 * sender. A production's withdrawal first cancels the deliveries of its publication that no site received yet, so that
 * none is sent after it, then goes like any event to the sites that subscribed to withdrawals. Idempotent by
 * construction: a delivery's id derives from the event's and the site's, so a redelivered event adds nothing, and a
 * cancelled delivery is not cancelled again (ADR 14).
 */
@Service
public class DeliveringToSites {

    private static final Logger log = LoggerFactory.getLogger(DeliveringToSites.class);
    private static final String PRODUCTION_PUBLISHED = EventCatalogue.of(ProductionPublished.class).type();

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
        if (event.data() instanceof ProductionWithdrawn withdrawn) {
            long cancelled = deliveries.cancel(withdrawn.productionId(), PRODUCTION_PUBLISHED, clock.instant(),
                    "cancelled: the production was withdrawn (" + withdrawn.reason() + ")");
            log.debug("production {} withdrawn: {} deliveries of its publication cancelled", withdrawn.productionId(), cancelled);
        }
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
            if (deliveries.add(Delivery.pending(site, event.id(), event.type(), subject(event), body, clock.instant()))) {
                added++;
            }
        }
        log.debug("{} {}: {} new deliveries for {} sites", event.type(), event.id(), added, receiving.size());
        if (added > 0) {
            sender.wake();
        }
    }

    /** The CloudEvent's subject as the site receives it: the record's, else its aggregate's id. */
    private static String subject(InboundEvent<TraamEvent> event) {
        return event.subject() == null ? event.data().aggregateId() : event.subject();
    }
}

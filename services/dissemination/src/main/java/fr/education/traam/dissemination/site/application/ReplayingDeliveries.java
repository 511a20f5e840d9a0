package fr.education.traam.dissemination.site.application;

import fr.education.traam.dissemination.site.AcademicSite;
import fr.education.traam.dissemination.site.Deliveries;
import fr.education.traam.dissemination.site.Delivery;
import fr.education.traam.dissemination.site.DeliveryStatus;
import fr.education.traam.dissemination.site.SiteRefusal;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** A site's delivery log, and an operator's replay of a dead delivery, with the same {@code webhook-id}. */
@Service
public class ReplayingDeliveries {

    static final int LOG_SIZE = 200;

    private final RegisteringSites registry;
    private final Deliveries deliveries;
    private final SendingDeliveries sender;
    private final Clock clock;

    public ReplayingDeliveries(RegisteringSites registry, Deliveries deliveries, SendingDeliveries sender, Clock clock) {
        this.registry = registry;
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    /** The site's latest deliveries, the newest first, of one status or all (null). */
    public List<Delivery> log(Caller caller, String siteId, DeliveryStatus status) {
        AcademicSite site = registry.site(caller, siteId);
        return deliveries.ofSite(site.id(), status, LOG_SIZE);
    }

    public Delivery replay(Caller caller, String siteId, String deliveryId) {
        AcademicSite site = registry.site(caller, siteId);
        if (!site.active()) {
            throw new Refused(SiteRefusal.SITE_DISABLED, "site " + site.id() + " is disabled (" + site.disabledReason() + "): reactivate it first");
        }
        Delivery delivery = deliveries.find(deliveryId).filter(d -> d.siteId().equals(site.id()))
                .orElseThrow(() -> new Refused(SiteRefusal.DELIVERY_NOT_FOUND, "site " + site.id() + " has no delivery " + deliveryId));
        Delivery replayed = delivery.replayed(clock.instant());
        deliveries.record(replayed);
        sender.wake();
        return replayed;
    }
}

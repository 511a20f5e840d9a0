package fr.education.traam.productions.catalogue.application;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.productions.catalogue.CatalogueEntries;
import fr.education.traam.productions.catalogue.CatalogueEntry;
import fr.education.traam.productions.catalogue.CatalogueSet;
import fr.education.traam.productions.catalogue.SearchWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * The catalogue follows what the service publishes on traam.productions, as any other consumer would (ADR 26). Each
 * change is stamped with the time the catalogue makes it, not the event's: a harvester that asks for what changed since
 * its last harvest (ADR 28) must not miss an event consumed late.
 */
@Service
public class FollowingPublications {

    private static final Logger log = LoggerFactory.getLogger(FollowingPublications.class);

    private final CatalogueEntries entries;
    private final Clock clock;

    @Autowired
    public FollowingPublications(CatalogueEntries entries) {
        this(entries, Clock.systemUTC());
    }

    /** With the clock that stamps each change: a test's, to place changes in time. */
    public FollowingPublications(CatalogueEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void published(InboundEvent<ProductionPublished> event) {
        ProductionPublished publication = event.data();
        boolean changed = entries.publish(CatalogueEntry.published(publication, when(event.time()), clock.instant()), publication.version(),
                SearchWords.of(publication));
        if (!changed) {
            log.debug("publication {} (version {}) changes nothing in the catalogue", event.id(), publication.version());
        }
    }

    public void withdrawn(InboundEvent<ProductionWithdrawn> event) {
        ProductionWithdrawn withdrawal = event.data();
        entries.withdraw(withdrawal.productionId(), withdrawal.type(), withdrawal.title(),
                new CatalogueEntry.Withdrawal(withdrawal.reason(), when(event.time())), CatalogueSet.of(withdrawal), clock.instant());
    }

    private Instant when(Instant eventTime) {
        return eventTime != null ? eventTime : clock.instant();
    }
}

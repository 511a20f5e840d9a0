package fr.education.traam.candidatures.campaign.application;

import fr.education.traam.candidatures.campaign.Campaign;
import fr.education.traam.candidatures.campaign.CampaignId;
import fr.education.traam.candidatures.campaign.Campaigns;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.kit.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Keeps the local view of campaigns up to date from {@code traam.campaigns}. The inbox skips events already
 * applied; the view also remembers them itself, because the inbox records an event only after its effect
 * is stored, and a crash in between would otherwise apply it twice.
 */
@Service
public class FollowingCampaigns {

    private static final Logger log = LoggerFactory.getLogger(FollowingCampaigns.class);

    private final Campaigns campaigns;
    private final Inbox inbox;

    public FollowingCampaigns(Campaigns campaigns, Inbox inbox) {
        this.campaigns = campaigns;
        this.inbox = inbox;
    }

    /** Applies one event of {@code traam.campaigns}, once; events of other topics are none of this view's business. */
    public void follow(InboundEvent<TraamEvent> event) {
        if (!Topics.CAMPAIGNS.equals(EventCatalogue.of(event.data()).topic())) {
            return;
        }
        inbox.applyOnce(event, () -> apply(event.id(), event.data()));
    }

    private void apply(String eventId, TraamEvent event) {
        Optional<Campaign> known = campaigns.find(new CampaignId(event.aggregateId()));
        Campaign next;
        if (known.isPresent()) {
            next = known.get().apply(eventId, event);
        } else if (event instanceof CampaignCreated created) {
            next = Campaign.createdBy(eventId, created);
        } else {
            // Each campaign's events share a partition and its creation comes first, so this is a topic whose
            // beginning was cut off (retention): there is nothing to apply the event to.
            log.warn("skipping {} for campaign {}: its creation was never received", event.getClass().getSimpleName(),
                    event.aggregateId());
            return;
        }
        if (known.isEmpty() || !next.equals(known.get())) {
            campaigns.save(next);
        }
    }
}

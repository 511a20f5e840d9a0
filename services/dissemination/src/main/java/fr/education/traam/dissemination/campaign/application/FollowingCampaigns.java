package fr.education.traam.dissemination.campaign.application;

import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.dissemination.campaign.Campaign;
import fr.education.traam.dissemination.campaign.Campaigns;
import fr.education.traam.dissemination.newsletter.application.GatheringNews;
import fr.education.traam.kit.inbox.InboundEvent;
import fr.education.traam.kit.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * Keeps the view of campaigns up to date from {@code traam.campaigns} and hands an opening call to the newsletter.
 * The news is gathered even when the view had already applied the event (a redelivery the inbox did not record):
 * gathering is idempotent itself, and this way a crash between the two effects loses no news.
 */
@Service
public class FollowingCampaigns {

    private static final Logger log = LoggerFactory.getLogger(FollowingCampaigns.class);

    private final Campaigns campaigns;
    private final GatheringNews news;
    private final Inbox inbox;
    private final Clock clock;

    public FollowingCampaigns(Campaigns campaigns, GatheringNews news, Inbox inbox, Clock clock) {
        this.campaigns = campaigns;
        this.news = news;
        this.inbox = inbox;
        this.clock = clock;
    }

    public void follow(InboundEvent<TraamEvent> event) {
        if (!Topics.CAMPAIGNS.equals(EventCatalogue.of(event.data()).topic())) {
            return;
        }
        inbox.applyOnce(event, () -> {
            Optional<Campaign> view = apply(event.id(), event.data());
            if (view.isPresent() && event.data() instanceof CampaignPhaseAdvanced advanced && advanced.to() == CampaignPhase.CALL_OPEN) {
                news.callOpened(event.id(), event.time() == null ? clock.instant() : event.time(), view.get(), advanced);
            }
        });
    }

    private Optional<Campaign> apply(String eventId, TraamEvent event) {
        Optional<Campaign> known = campaigns.find(event.aggregateId());
        Campaign next;
        if (known.isPresent()) {
            next = known.get().apply(eventId, event);
        } else if (event instanceof CampaignCreated created) {
            next = Campaign.createdBy(eventId, created);
        } else {
            // A campaign's events share a partition and its creation comes first: this topic's beginning was cut off.
            log.warn("skipping {} for campaign {}: its creation was never received", event.getClass().getSimpleName(),
                    event.aggregateId());
            return Optional.empty();
        }
        if (known.isEmpty() || !next.equals(known.get())) {
            campaigns.save(next);
        }
        return Optional.of(next);
    }
}

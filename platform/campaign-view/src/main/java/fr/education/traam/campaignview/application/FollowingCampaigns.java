package fr.education.traam.campaignview.application;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.CampaignNotYetKnown;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.kit.inbox.InboundEvent;

import java.util.Optional;

/**
 * Keeps the view of campaigns up to date from {@code traam.campaigns}. The view records each event it applied in
 * the same write as the change (ADR 14), so a redelivered or replayed event changes nothing; a service that needs
 * more than the view (the newsletter announcing an opening call) calls this first, then acts on the view it returns.
 */
public class FollowingCampaigns {

    private final Campaigns campaigns;

    public FollowingCampaigns(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * Applies one event of {@code traam.campaigns} and returns the view as it now stands; empty for the events of
     * other topics, which are none of this view's business.
     *
     * @throws CampaignNotYetKnown when the event concerns a campaign whose creation never arrived
     */
    public Optional<Campaign> follow(InboundEvent<TraamEvent> event) {
        if (!Topics.CAMPAIGNS.equals(EventCatalogue.of(event.data()).topic())) {
            return Optional.empty();
        }
        CampaignId id = new CampaignId(event.data().aggregateId());
        Optional<Campaign> known = campaigns.find(id);
        Campaign next;
        if (known.isPresent()) {
            next = known.get().apply(event.id(), event.data());
        } else if (event.data() instanceof CampaignCreated created) {
            next = Campaign.createdBy(event.id(), created);
        } else {
            throw new CampaignNotYetKnown(event.type(), event.id(), id);
        }
        if (known.isEmpty() || !next.equals(known.get())) {
            campaigns.save(next);
        }
        return Optional.of(next);
    }
}

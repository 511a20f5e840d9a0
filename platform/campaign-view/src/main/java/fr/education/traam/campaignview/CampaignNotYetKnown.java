package fr.education.traam.campaignview;

/**
 * An event concerns a campaign whose creation this service never received. A campaign's events share one partition
 * and its creation comes first, so this means the topic's beginning was cut off (retention) or the record was
 * replayed out of order. The binder retries it, then dead-letters it, where an operator sees the reason and can
 * replay it once the creation is known.
 */
public class CampaignNotYetKnown extends RuntimeException {

    public CampaignNotYetKnown(String eventType, String eventId, CampaignId campaign) {
        super(eventType + " " + eventId + " concerns campaign " + campaign + ", whose creation was never received here");
    }
}

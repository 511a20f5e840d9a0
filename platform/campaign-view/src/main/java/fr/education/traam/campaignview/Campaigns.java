package fr.education.traam.campaignview;

import fr.education.traam.kit.domain.Refused;

import java.util.Optional;

/** The campaigns this service has learnt of from {@code traam.campaigns}, wherever they are kept. */
public interface Campaigns {

    Optional<Campaign> find(CampaignId id);

    /** The campaign, or the refusal every service answers when its view does not know it (yet). */
    default Campaign require(CampaignId id) {
        return find(id).orElseThrow(() -> new Refused(CampaignViewRefusal.CAMPAIGN_NOT_FOUND,
                "no campaign " + id + " is known here (yet): this service learns campaigns from the events of traam.campaigns"));
    }

    /**
     * Stores a view with the events it has applied, in one write: inserts it when its version is
     * {@link Campaign#NEW}, otherwise replaces the one read at {@code campaign.version()}; fails when another
     * delivery stored it meanwhile, so that the event is retried against the newer view.
     */
    void save(Campaign campaign);
}

package fr.education.traam.campaignview;

import java.util.Optional;

/** The campaigns this service has learnt of from {@code traam.campaigns}, wherever they are kept. */
public interface Campaigns {

    Optional<Campaign> find(CampaignId id);

    /**
     * Stores a view with the events it has applied, in one write: inserts it when its version is
     * {@link Campaign#NEW}, otherwise replaces the one read at {@code campaign.version()}; fails when another
     * delivery stored it meanwhile, so that the event is retried against the newer view.
     */
    void save(Campaign campaign);
}

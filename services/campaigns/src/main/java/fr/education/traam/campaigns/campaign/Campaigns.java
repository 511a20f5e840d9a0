package fr.education.traam.campaigns.campaign;

import java.util.List;
import java.util.Optional;

/** All campaigns, wherever they are kept. */
public interface Campaigns {

    Optional<Campaign> find(CampaignId id);

    /** One page of campaigns, the most recent school year first. */
    Page list(int page, int size);

    /** Campaigns the calendar may still move on (not closed). */
    List<Campaign> notClosed();

    /** Stores a new campaign with the events of its drafting; refuses a second campaign for its school year. */
    void add(Campaign.Changed drafted);

    /**
     * Stores a change: the new state and its events, in one write. Fails if the campaign changed since it
     * was read at {@code campaign.version()}; does nothing when the change caused no event.
     *
     * @return the campaign as now stored, with its new version
     */
    Campaign save(Campaign.Changed change);

    record Page(List<Campaign> items, int page, int size, long total) {
    }
}

package fr.education.traam.campaignview.persistence;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.Optional;

/**
 * The campaigns view in MongoDB, written through the kit's {@link AggregateWrites} with no event to publish: a
 * replacement is guarded by the version read, so two deliveries racing on one campaign cannot lose each other's
 * effect.
 */
public class MongoCampaigns implements Campaigns {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    public MongoCampaigns(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public Optional<Campaign> find(CampaignId id) {
        return Optional.ofNullable(mongo.findById(id.value(), CampaignDocument.class)).map(CampaignDocument::toCampaign);
    }

    @Override
    public void save(Campaign campaign) {
        if (campaign.version() == Campaign.NEW) {
            writes.insert(CampaignDocument.of(campaign, 0), List.of());
        } else {
            writes.update(CampaignDocument.of(campaign, campaign.version() + 1), campaign.version(), List.of());
        }
    }
}

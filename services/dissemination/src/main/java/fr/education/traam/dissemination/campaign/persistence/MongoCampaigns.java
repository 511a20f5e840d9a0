package fr.education.traam.dissemination.campaign.persistence;

import fr.education.traam.dissemination.campaign.Campaign;
import fr.education.traam.dissemination.campaign.Campaigns;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The campaigns view in MongoDB, written through the kit's {@link AggregateWrites} with no event to publish: a
 * replacement is guarded by the version read, so two deliveries racing on one campaign cannot lose each other's
 * effect.
 */
@Repository
class MongoCampaigns implements Campaigns {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoCampaigns(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CampaignDocument.class)).map(CampaignDocument::toCampaign);
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

package fr.education.traam.dissemination.campaign.persistence;

import fr.education.traam.dissemination.campaign.Campaign;
import fr.education.traam.dissemination.campaign.Campaigns;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The campaigns view in MongoDB. It publishes nothing, so it has no outbox; a replacement is guarded by the
 * version read, so two deliveries racing on one campaign cannot lose each other's effect.
 */
@Repository
class MongoCampaigns implements Campaigns {

    private final MongoTemplate mongo;

    MongoCampaigns(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CampaignDocument.class)).map(CampaignDocument::toCampaign);
    }

    @Override
    public void save(Campaign campaign) {
        if (campaign.version() == Campaign.NEW) {
            mongo.insert(CampaignDocument.of(campaign, 0));
            return;
        }
        Document state = new Document();
        mongo.getConverter().write(CampaignDocument.of(campaign, campaign.version() + 1), state);
        state.remove("_id");
        state.remove("_class");
        Update update = new Update();
        state.forEach(update::set);
        Query read = Query.query(Criteria.where("_id").is(campaign.id()).and("version").is(campaign.version()));
        if (mongo.updateFirst(read, update, CampaignDocument.class).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("campaign " + campaign.id() + " changed since version "
                    + campaign.version() + " was read");
        }
    }
}

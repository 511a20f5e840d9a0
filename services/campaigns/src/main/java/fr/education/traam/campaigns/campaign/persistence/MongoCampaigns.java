package fr.education.traam.campaigns.campaign.persistence;

import fr.education.traam.campaigns.campaign.Campaign;
import fr.education.traam.campaigns.campaign.CampaignId;
import fr.education.traam.campaigns.campaign.Campaigns;
import fr.education.traam.campaigns.campaign.SchoolYearTaken;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Campaigns in MongoDB; every write carries the change's events into the document's outbox. */
@Repository
class MongoCampaigns implements Campaigns {

    private static final String SCHOOL_YEAR_START = "schoolYearStart";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoCampaigns(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        // One campaign per school year, kept by the database: two experts drafting at once cannot both win.
        mongo.indexOps(CampaignDocument.class).createIndex(new Index(SCHOOL_YEAR_START, Sort.Direction.ASC).unique()
                .named("one-campaign-per-school-year"));
    }

    @Override
    public Optional<Campaign> find(CampaignId id) {
        return Optional.ofNullable(mongo.findById(id.value(), CampaignDocument.class)).map(CampaignDocument::toCampaign);
    }

    @Override
    public Page list(int page, int size) {
        Query query = new Query().with(Sort.by(Sort.Order.desc(SCHOOL_YEAR_START), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        List<Campaign> items = mongo.find(query, CampaignDocument.class).stream().map(CampaignDocument::toCampaign).toList();
        return new Page(items, page, size, mongo.count(new Query(), CampaignDocument.class));
    }

    @Override
    public List<Campaign> notClosed() {
        return mongo.find(Query.query(Criteria.where("phase").ne(CampaignPhase.CLOSED.name())), CampaignDocument.class)
                .stream().map(CampaignDocument::toCampaign).toList();
    }

    @Override
    public void add(Campaign.Changed drafted) {
        Campaign campaign = drafted.campaign();
        try {
            writes.insert(CampaignDocument.of(campaign), drafted.events());
        } catch (DuplicateKeyException yearTaken) {
            Campaign existing = ofSchoolYear(campaign.schoolYear().startYear()).orElseThrow(() -> yearTaken);
            throw new SchoolYearTaken(campaign.schoolYear(), existing.id());
        }
    }

    private Optional<Campaign> ofSchoolYear(int startYear) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(SCHOOL_YEAR_START).is(startYear)),
                CampaignDocument.class)).map(CampaignDocument::toCampaign);
    }

    @Override
    public Campaign save(Campaign.Changed change) {
        Campaign campaign = change.campaign();
        if (change.events().isEmpty()) {
            return campaign;
        }
        writes.update(CampaignDocument.of(campaign), campaign.version(), change.events());
        return new Campaign(campaign.id(), campaign.schoolYear(), campaign.title(), campaign.calendar(),
                campaign.themes(), campaign.phase(), campaign.version() + 1);
    }
}

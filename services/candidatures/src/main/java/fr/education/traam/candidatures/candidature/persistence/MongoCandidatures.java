package fr.education.traam.candidatures.candidature.persistence;

import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureExists;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.candidatures.candidature.Slot;
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

/** Candidatures in MongoDB; every write carries the change's events into the document's outbox. */
@Repository
class MongoCandidatures implements Candidatures {

    static final String COLLECTION = "candidatures";
    private static final String LIVE_SLOT = "liveSlot";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoCandidatures(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        // Created here rather than by annotation scanning, which Spring Data leaves off by default.
        mongo.indexOps(COLLECTION).createIndex(new Index(LIVE_SLOT, Sort.Direction.ASC).unique().named("one-live-candidature-per-slot"));
        // A theme's applicants, read by every decision and publication of its national selection.
        mongo.indexOps(COLLECTION).createIndex(new Index("campaignId", Sort.Direction.ASC).on("themeId", Sort.Direction.ASC)
                .named("candidatures-by-theme"));
    }

    @Override
    public Optional<Candidature> find(CandidatureId id) {
        return Optional.ofNullable(mongo.findById(id.value(), CandidatureDocument.class)).map(CandidatureDocument::toCandidature);
    }

    @Override
    public Optional<Candidature> liveIn(Slot slot) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(LIVE_SLOT).is(slot.toString())), CandidatureDocument.class))
                .map(CandidatureDocument::toCandidature);
    }

    @Override
    public List<Candidature> list(Filter filter) {
        Criteria criteria = new Criteria();
        if (filter.campaignId() != null) {
            criteria = criteria.and("campaignId").is(filter.campaignId().value());
        }
        if (filter.themeId() != null) {
            criteria = criteria.and("themeId").is(filter.themeId().value());
        }
        if (filter.academy() != null) {
            criteria = criteria.and("academy").is(filter.academy().code());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status().name());
        }
        Query query = Query.query(criteria).with(Sort.by("academy", "themeId", "campaignId", "_id"));
        return mongo.find(query, CandidatureDocument.class).stream().map(CandidatureDocument::toCandidature).toList();
    }

    @Override
    public void add(Candidature.Changed submitted) {
        Candidature candidature = submitted.candidature();
        try {
            writes.insert(CandidatureDocument.of(candidature), submitted.events());
        } catch (DuplicateKeyException slotTaken) {
            Candidature winner = liveIn(candidature.slot()).orElseThrow(() -> slotTaken);
            throw new CandidatureExists(candidature.slot(), winner.id());
        }
    }

    @Override
    public Candidature save(Candidature.Changed change) {
        Candidature candidature = change.candidature();
        if (change.events().isEmpty()) {
            return candidature;
        }
        writes.update(CandidatureDocument.of(candidature), candidature.version(), change.events());
        return candidature.atVersion(candidature.version() + 1);
    }
}

package fr.education.traam.productions.synthesis.persistence;

import fr.education.traam.productions.synthesis.SynthesisDistribution;
import fr.education.traam.productions.synthesis.SynthesisDistribution.Recipient;
import fr.education.traam.productions.synthesis.SynthesisDistributions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class MongoSynthesisDistributions implements SynthesisDistributions {

    static final String COLLECTION = "synthesis-distributions";

    private final MongoTemplate mongo;

    MongoSynthesisDistributions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Keyed by the publication event's id: one distribution per event, however often it is delivered. */
    @Document(COLLECTION)
    record DistributionDocument(@Id String eventId, String productionId, int version, String campaignId, String themeId,
                                String title, Instant distributedAt, List<Recipient> recipients) {

        static DistributionDocument of(SynthesisDistribution d) {
            return new DistributionDocument(d.eventId(), d.productionId(), d.version(), d.campaignId(), d.themeId(), d.title(),
                    d.distributedAt(), d.recipients());
        }

        SynthesisDistribution toDistribution() {
            return new SynthesisDistribution(eventId, productionId, version, campaignId, themeId, title, distributedAt,
                    recipients == null ? List.of() : recipients);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("productionId", Sort.Direction.ASC).on("version", Sort.Direction.DESC));
    }

    @Override
    public Optional<SynthesisDistribution> ofEvent(String eventId) {
        return Optional.ofNullable(mongo.findById(eventId, DistributionDocument.class)).map(DistributionDocument::toDistribution);
    }

    @Override
    public Optional<SynthesisDistribution> latestOf(String productionId) {
        Query query = Query.query(Criteria.where("productionId").is(productionId))
                .with(Sort.by(Sort.Direction.DESC, "version", "distributedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, DistributionDocument.class)).map(DistributionDocument::toDistribution);
    }

    @Override
    public void recordOnce(SynthesisDistribution distribution) {
        try {
            mongo.insert(DistributionDocument.of(distribution));
        } catch (DuplicateKeyException e) {
            // A redelivery of the event: the first record stands (and named the same recipients).
        }
    }
}

package fr.education.traam.productions.production.persistence;

import fr.education.traam.kit.outbox.AggregateWrites;
import fr.education.traam.productions.production.Production;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.production.Productions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoProductions implements Productions {

    static final String COLLECTION = "productions";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;
    private final Clock clock;

    MongoProductions(MongoTemplate mongo, AggregateWrites writes, Clock clock) {
        this.mongo = mongo;
        this.writes = writes;
        this.clock = clock;
    }

    /** A group's listing and a theme's are read by these fields. */
    @EventListener(ApplicationReadyEvent.class)
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("groupId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("campaignId", Sort.Direction.ASC).on("themeId", Sort.Direction.ASC));
    }

    @Override
    public Optional<Production> find(ProductionId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ProductionDocument.class)).map(ProductionDocument::toProduction);
    }

    @Override
    public List<Production> ofGroups(Collection<String> groupIds) {
        return listed(Query.query(Criteria.where("groupId").in(groupIds)));
    }

    @Override
    public List<Production> ofTheme(String campaignId, String themeId) {
        return listed(Query.query(Criteria.where("campaignId").is(campaignId).and("themeId").is(themeId)));
    }

    private List<Production> listed(Query query) {
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "changedAt").and(Sort.by("_id"))), ProductionDocument.class)
                .stream().map(ProductionDocument::toProduction).toList();
    }

    @Override
    public Production save(Production.Changed change) {
        Production production = change.production();
        ProductionDocument document = ProductionDocument.of(production, clock.instant());
        if (production.version() == Production.NEW) {
            writes.insert(document, change.events());
            return production.withVersion(0);
        }
        writes.update(document, production.version(), change.events());
        return production.withVersion(production.version() + 1);
    }
}

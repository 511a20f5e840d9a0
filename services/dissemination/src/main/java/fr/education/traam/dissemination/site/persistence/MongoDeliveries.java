package fr.education.traam.dissemination.site.persistence;

import fr.education.traam.dissemination.site.Deliveries;
import fr.education.traam.dissemination.site.Delivery;
import fr.education.traam.dissemination.site.DeliveryStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Deliveries in MongoDB. The id, derived from the event and the site, is the document's {@code _id}: the same event
 * twice is one delivery, even on two instances at once. A due delivery is claimed by one atomic find-and-modify.
 */
@Repository
class MongoDeliveries implements Deliveries {

    private final MongoTemplate mongo;

    MongoDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
        // The sender looks for due deliveries on every new one and every poll; an operator lists a site's.
        mongo.indexOps(DeliveryDocument.class).createIndex(new Index("status", Sort.Direction.ASC)
                .on(DeliveryDocument.NEXT_ATTEMPT_AT, Sort.Direction.ASC).named("due-deliveries"));
        mongo.indexOps(DeliveryDocument.class).createIndex(new Index("siteId", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC).named("deliveries-by-site"));
        // A withdrawal looks for its production's deliveries.
        mongo.indexOps(DeliveryDocument.class).createIndex(new Index("subject", Sort.Direction.ASC)
                .on("eventType", Sort.Direction.ASC).named("deliveries-by-subject"));
    }

    @Override
    public boolean add(Delivery delivery) {
        try {
            mongo.insert(DeliveryDocument.of(delivery));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeliveryDocument.class)).map(DeliveryDocument::toDelivery);
    }

    @Override
    public Optional<Delivery> claimDue(Instant now, Instant leaseUntil, Collection<String> skippedSites) {
        Criteria due = Criteria.where("status").is(DeliveryStatus.PENDING.name())
                .and(DeliveryDocument.NEXT_ATTEMPT_AT).lte(now)
                .and(DeliveryDocument.LEASE_UNTIL).lte(now);
        if (!skippedSites.isEmpty()) {
            due = due.and("siteId").nin(skippedSites);
        }
        Query query = Query.query(due).with(Sort.by(DeliveryDocument.NEXT_ATTEMPT_AT));
        DeliveryDocument claimed = mongo.findAndModify(query, new Update().set(DeliveryDocument.LEASE_UNTIL, leaseUntil),
                FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class);
        return Optional.ofNullable(claimed).map(DeliveryDocument::toDelivery);
    }

    @Override
    public void record(Delivery delivery) {
        if (delivery.status() == DeliveryStatus.DELIVERED) {
            mongo.save(DeliveryDocument.of(delivery));
            return;
        }
        // Replaced only if not cancelled meanwhile: a failed attempt must not revive a cancelled delivery for its retries.
        Query notCancelled = Query.query(Criteria.where("_id").is(delivery.id()).and("status").ne(DeliveryStatus.CANCELLED.name()));
        mongo.findAndReplace(notCancelled, DeliveryDocument.of(delivery));
    }

    @Override
    public long cancel(String subject, String eventType, Instant at, String reason) {
        Query notReceived = Query.query(Criteria.where("subject").is(subject).and("eventType").is(eventType)
                .and("status").in(DeliveryStatus.PENDING.name(), DeliveryStatus.DEAD.name()));
        Update cancelled = new Update().set("status", DeliveryStatus.CANCELLED.name()).set(DeliveryDocument.NEXT_ATTEMPT_AT, null)
                .set("finishedAt", at).set("lastError", reason);
        return mongo.updateMulti(notReceived, cancelled, DeliveryDocument.class).getModifiedCount();
    }

    @Override
    public void release(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set(DeliveryDocument.LEASE_UNTIL, Instant.EPOCH),
                DeliveryDocument.class);
    }

    @Override
    public List<Delivery> ofSite(String siteId, DeliveryStatus status, int limit) {
        Criteria criteria = Criteria.where("siteId").is(siteId);
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(query, DeliveryDocument.class).stream().map(DeliveryDocument::toDelivery).toList();
    }
}

package fr.education.traam.kit.inbox;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.util.Date;

/**
 * Remembers, per consumer, which events it has applied, so that a redelivered event (a relay that
 * republished, a rebalance, a replay from the start) changes nothing. The record of an event is written
 * after its effect: a crash in between re-applies the effect once more, which is why effects are also
 * written to be idempotent by construction (ids derived from the event), as ADR 0002 explains.
 */
public class Inbox {

    public static final String COLLECTION = "inbox";
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final MongoOperations mongo;
    private final String consumer;
    private final Clock clock;

    public Inbox(MongoOperations mongo, String consumer, Clock clock) {
        this.mongo = mongo;
        this.consumer = consumer;
        this.clock = clock;
    }

    /** Runs {@code effect} unless this consumer already applied {@code event}; returns whether it ran. */
    public boolean applyOnce(InboundEvent<?> event, Runnable effect) {
        String key = consumer + "/" + event.id();
        // A find by _id rather than exists(), which counts through an aggregation: the same on MongoDB, but the
        // embedded wire server would scan the whole inbox for it (ADR 0013).
        Query applied = Query.query(Criteria.where("_id").is(key));
        applied.fields().include("_id");
        if (mongo.findOne(applied, Document.class, COLLECTION) != null) {
            log.debug("{} already applied {} {}", consumer, event.type(), event.id());
            return false;
        }
        effect.run();
        try {
            mongo.insert(new Document("_id", key).append("consumer", consumer).append("eventId", event.id())
                    .append("type", event.type()).append("appliedAt", Date.from(clock.instant())), COLLECTION);
        } catch (DuplicateKeyException concurrentDelivery) {
            log.debug("{} {} was applied concurrently", event.type(), event.id());
        }
        return true;
    }
}

package fr.education.traam.kit.outbox;

import fr.education.traam.contract.TraamEvent;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Writes an aggregate's state and the events its change caused in one single-document write, then wakes
 * the relay. MongoDB's multi-document transactions are not available everywhere we run (see ADR 0002),
 * and one document write is atomic on every server.
 *
 * <p>A persisted document is a mapped type (usually a record) with an {@code _id} and a {@code long version}.
 * The outbox lives beside the state in the same document, under {@value #OUTBOX}; the mapped type does not
 * declare it, so reading an aggregate never sees its pending events and saving it never overwrites them. The
 * collection is recorded in {@link OutboxCollections} before the first events are written there, which is how the
 * relay's sweep finds it after a crash.
 */
public class AggregateWrites {

    public static final String OUTBOX = "outbox";
    public static final String VERSION = "version";
    private static final Set<String> NOT_STATE = Set.of("_id", VERSION, OUTBOX, "_class");

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxCollections collections;
    private final OutboxProperties properties;
    private final Clock clock;

    public AggregateWrites(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections, OutboxProperties properties,
                           Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.collections = collections;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores a new aggregate at version 0 with its events; a duplicate id fails with the driver's duplicate key error. */
    public void insert(Object document, List<? extends TraamEvent> events) {
        String collection = mongo.getCollectionName(document.getClass());
        Document bson = new Document();
        mongo.getConverter().write(document, bson);
        bson.put(VERSION, 0L);
        bson.put(OUTBOX, pending(events));
        if (!events.isEmpty()) {
            collections.record(collection);
        }
        mongo.insert(bson, collection);
        relay.wake(collection, bson.get("_id"));
    }

    /**
     * Replaces the state of an aggregate read at {@code expectedVersion} and appends its new events.
     *
     * @throws OptimisticLockingFailureException when someone else changed it since it was read
     */
    public void update(Object document, long expectedVersion, List<? extends TraamEvent> events) {
        String collection = mongo.getCollectionName(document.getClass());
        Document bson = new Document();
        mongo.getConverter().write(document, bson);
        Object id = bson.get("_id");

        Update update = new Update();
        bson.forEach((field, value) -> {
            if (!NOT_STATE.contains(field)) {
                update.set(field, value);
            }
        });
        unsetAbsentFields(document.getClass(), bson, update);
        update.set(VERSION, expectedVersion + 1);
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(pending(events).toArray());
            collections.record(collection);
        }
        Query current = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        if (mongo.updateFirst(current, update, collection).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "%s %s changed since version %d was read".formatted(collection, id, expectedVersion));
        }
        if (!events.isEmpty()) {
            relay.wake(collection, id);
        }
    }

    /** A field the new state no longer has (a null) must go, or the old value would survive the $set. */
    private void unsetAbsentFields(Class<?> type, Document bson, Update update) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (!NOT_STATE.contains(field) && !bson.containsKey(field)) {
                update.unset(field);
            }
        }
    }

    private List<Document> pending(List<? extends TraamEvent> events) {
        return events.stream()
                .map(event -> OutboxDocuments.toDocument(PendingEvent.of(event, properties.source(), clock.instant())))
                .toList();
    }
}

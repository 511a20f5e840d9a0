package fr.education.traam.kit.outbox;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The collections whose documents have ever carried an outbox, recorded in the service's database by
 * {@link AggregateWrites} before its first write of events into each, so that the relay's sweep covers every
 * aggregate without a hand-kept list: a collection nobody configured cannot lose its recovery.
 */
public class OutboxCollections {

    /** Where the names are kept: one document per collection, its name as {@code _id}. */
    public static final String REGISTRY = "outboxCollections";

    private final MongoOperations mongo;
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    public OutboxCollections(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Records {@code collection}, once per process; a write of events there must come after. */
    public void record(String collection) {
        if (recorded.contains(collection)) {
            return;
        }
        mongo.getCollection(REGISTRY).replaceOne(Filters.eq("_id", collection), new Document("_id", collection),
                new ReplaceOptions().upsert(true));
        recorded.add(collection);
    }

    /** Every collection recorded by any instance of the service, ever. */
    public List<String> all() {
        List<String> names = new ArrayList<>();
        mongo.getCollection(REGISTRY).find().forEach(document -> names.add(document.getString("_id")));
        return names;
    }
}

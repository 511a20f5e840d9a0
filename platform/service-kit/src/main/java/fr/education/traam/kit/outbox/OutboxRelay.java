package fr.education.traam.kit.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import fr.education.traam.kit.background.BackgroundWorker;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;

import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the events waiting in aggregate documents, in their order, then clears them. It is woken right
 * after each write for low latency, and sweeps every collection that ever held an outbox
 * ({@link OutboxCollections}) periodically to recover what a crash or a broker outage left behind. All its work runs on one thread, so an instance never publishes
 * one aggregate's events concurrently; several instances may publish an event twice, which consumers
 * absorb by event id (at least once, see ADR 0002).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Document HAS_PENDING_EVENTS = new Document(AggregateWrites.OUTBOX + ".0", new Document("$exists", true));

    private final MongoOperations mongo;
    private final EventPublisher publisher;
    private final OutboxCollections collections;
    private final OutboxProperties properties;
    private final BackgroundWorker worker;

    public OutboxRelay(MongoOperations mongo, EventPublisher publisher, OutboxCollections collections, OutboxProperties properties) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.collections = collections;
        this.properties = properties;
        this.worker = new BackgroundWorker("outbox-relay", properties.sweepInterval(), properties.sendTimeout(), this::sweepQuietly);
    }

    /** Asks for the outbox of one document to be published soon; never blocks the caller. */
    public void wake(String collection, Object id) {
        if (!worker.submit(() -> drainQuietly(collection, id))) {
            log.debug("relay not running; {} {} left for the first sweep after start", collection, id);
        }
    }

    /** Publishes every pending event of every collection that ever held an outbox; returns how many were published. */
    public int sweep() {
        int published = 0;
        for (String collection : collections.all()) {
            List<Object> ids = new ArrayList<>();
            mongo.getCollection(collection).find(HAS_PENDING_EVENTS).projection(Projections.include("_id"))
                    .forEach(document -> ids.add(document.get("_id")));
            for (Object id : ids) {
                published += drain(collection, id);
            }
        }
        return published;
    }

    /**
     * Publishes the pending events of one document in order and clears those the broker acknowledged. A
     * failure stops at the failed event, so that order per aggregate holds; the rest waits for the next sweep.
     */
    public int drain(String collection, Object id) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        Document document = documents.find(Filters.eq("_id", id)).projection(Projections.include(AggregateWrites.OUTBOX)).first();
        if (document == null) {
            return 0;
        }
        List<Document> outbox = document.getList(AggregateWrites.OUTBOX, Document.class, List.of());
        List<String> published = new ArrayList<>();
        try {
            for (Document pending : outbox) {
                PendingEvent event = OutboxDocuments.fromDocument(pending);
                publisher.publish(event);
                published.add(event.id());
            }
        } catch (RuntimeException e) {
            log.warn("outbox of {} {}: {} of {} events published, the rest waits for the next sweep: {}",
                    collection, id, published.size(), outbox.size(), e.getMessage());
        } finally {
            if (!published.isEmpty()) {
                documents.updateOne(Filters.eq("_id", id),
                        Updates.pullByFilter(new Document(AggregateWrites.OUTBOX,
                                new Document(PendingEvent.ID, new Document("$in", published)))));
            }
        }
        return published.size();
    }

    private void drainQuietly(String collection, Object id) {
        try {
            drain(collection, id);
        } catch (RuntimeException e) {
            log.warn("could not drain the outbox of {} {}: {}", collection, id, e.getMessage());
        }
    }

    private void sweepQuietly() {
        try {
            int published = sweep();
            if (published > 0) {
                log.info("outbox sweep published {} events left behind", published);
            }
        } catch (RuntimeException e) {
            log.warn("outbox sweep failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }

    /** Starts after the Kafka producer and MongoDB client, stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}

package fr.education.traam.kit.deadletter;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The replays of the service's dead letters, one document per dead letter (its id the dead letter's place, so a find
 * by {@code _id}), each replay pushed onto it: a Kafka topic cannot be written back to, so what became of a dead
 * letter lives here, in the service's own database.
 */
public class ReplayLog {

    private final MongoOperations mongo;
    private final String collection;

    public ReplayLog(MongoOperations mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    public void record(DeadLetter deadLetter, Replay replay) {
        DeadLetterId id = deadLetter.id();
        Document entry = new Document("at", Date.from(replay.at())).append("outcome", replay.outcome().name())
                .append("reason", replay.reason()).append("exception", replay.exception()).append("by", replay.by());
        mongo.upsert(Query.query(Criteria.where("_id").is(id.key())),
                new Update().setOnInsert("topic", id.topic()).setOnInsert("partition", id.partition())
                        .setOnInsert("offset", id.offset()).setOnInsert("eventId", deadLetter.eventId())
                        .push("replays", entry),
                collection);
    }

    /** The replays of each of these dead letters that has had any, oldest first. */
    public Map<DeadLetterId, List<Replay>> of(Collection<DeadLetterId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, DeadLetterId> byKey = new HashMap<>();
        ids.forEach(id -> byKey.put(id.key(), id));
        Map<DeadLetterId, List<Replay>> replays = new HashMap<>();
        for (Document document : mongo.find(Query.query(Criteria.where("_id").in(byKey.keySet())), Document.class, collection)) {
            List<Replay> list = new ArrayList<>();
            for (Document entry : document.getList("replays", Document.class, List.of())) {
                list.add(new Replay(entry.getDate("at").toInstant(), Replay.Outcome.valueOf(entry.getString("outcome")),
                        entry.getString("reason"), entry.getString("exception"), entry.getString("by")));
            }
            replays.put(byKey.get(document.getString("_id")), List.copyOf(list));
        }
        return replays;
    }
}

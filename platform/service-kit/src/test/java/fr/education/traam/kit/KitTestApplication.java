package fr.education.traam.kit;

import fr.education.traam.kit.inbox.InboundEvents;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * A service as small as can be: one consumer of {@code traam.campaigns} that counts, per campaign, how many records
 * it received and how many times it applied an effect. The effect follows the platform's one rule (ADR 14): it and
 * the record of its event are one conditional write, so a redelivery matches nothing.
 */
@SpringBootApplication
public class KitTestApplication {

    static final String LEDGER = "ledger";

    @Bean
    Consumer<Message<byte[]>> ledger(MongoTemplate mongo) {
        return message -> InboundEvents.read(message).ifPresent(event -> {
            count(mongo, event.subject(), "deliveries");
            Query notYetApplied = Query.query(Criteria.where("_id").is(event.subject()).and("applied").ne(event.id()));
            mongo.updateFirst(notYetApplied, new Update().inc("effects", 1).push("applied", event.id()), LEDGER);
        });
    }

    private static void count(MongoTemplate mongo, String subject, String counter) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(subject)), new Update().inc(counter, 1),
                FindAndModifyOptions.options().upsert(true), org.bson.Document.class, LEDGER);
    }
}

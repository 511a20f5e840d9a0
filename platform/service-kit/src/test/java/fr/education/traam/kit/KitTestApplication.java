package fr.education.traam.kit;

import fr.education.traam.kit.inbox.InboundEvents;
import fr.education.traam.kit.inbox.Inbox;
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
 * A service as small as can be: one consumer of {@code traam.campaigns} that counts, per campaign, how
 * many records it received and how many times it applied an effect, through the kit's inbox.
 */
@SpringBootApplication
public class KitTestApplication {

    static final String LEDGER = "ledger";

    @Bean
    Consumer<Message<byte[]>> ledger(Inbox inbox, MongoTemplate mongo) {
        return message -> InboundEvents.read(message).ifPresent(event -> {
            count(mongo, event.subject(), "deliveries");
            inbox.applyOnce(event, () -> count(mongo, event.subject(), "effects"));
        });
    }

    private static void count(MongoTemplate mongo, String subject, String counter) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(subject)), new Update().inc(counter, 1),
                FindAndModifyOptions.options().upsert(true), org.bson.Document.class, LEDGER);
    }
}

package fr.education.traam.mail;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fr.education.traam.kit.domain.EventDerivedId;
import fr.education.traam.kit.domain.Refused;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The service's own {@value #COLLECTION} collection. A mail is stored under the event-derived id of its event and
 * recipient, so a redelivered event stores nothing new (ADR 14, ADR 30); the relay sends it later, so that storing it
 * is all the event's handling waits for.
 */
public class Mails {

    public static final String COLLECTION = "mails";

    static final String EVENT_ID = "eventId";
    static final String KIND = "kind";
    static final String RECIPIENT = "recipient";
    static final String SUBJECT = "subject";
    static final String TEXT = "text";
    static final String HTML = "html";
    static final String STATUS = "status";
    static final String ATTEMPTS = "attempts";
    static final String CREATED_AT = "createdAt";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    static final String SENT_AT = "sentAt";
    static final String LAST_ERROR = "lastError";
    static final String REPLAYED_AT = "replayedAt";

    private static final Logger log = LoggerFactory.getLogger(Mails.class);

    private final MongoTemplate mongo;
    private final MailTemplates templates;
    private final MailRelay relay;
    private final Clock clock;

    public Mails(MongoTemplate mongo, MailTemplates templates, MailRelay relay, Clock clock) {
        this.mongo = mongo;
        this.templates = templates;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * The one id of the mail of {@code kind} that {@code eventId} causes for {@code recipient}, on every instance and
     * delivery. The kind is part of it: one event may cause two mails to one person (a published synthesis tells its
     * expert both that it moved and what it says), and neither may silence the other.
     */
    public static String idOf(String eventId, String kind, String recipient) {
        return EventDerivedId.of(eventId, kind, recipient);
    }

    /**
     * Renders and stores the mail, to be sent soon; false when this event already stored this kind of mail for this recipient, which
     * changes nothing (whatever became of the first: pending, sent or dead).
     */
    public boolean store(MailRequest request) {
        String id = idOf(request.eventId(), request.kind(), request.recipient());
        if (mongo.getCollection(COLLECTION).find(Filters.eq("_id", id)).first() != null) {
            log.debug("mail {} of event {} is already stored", id, request.eventId());
            return false;
        }
        MailTemplates.Rendered rendered = templates.render(request);
        Date now = Date.from(clock.instant());
        Document mail = new Document("_id", id)
                .append(EVENT_ID, request.eventId())
                .append(KIND, request.kind())
                .append(RECIPIENT, request.recipient())
                .append(SUBJECT, request.subject())
                .append(TEXT, rendered.text())
                .append(HTML, rendered.html())
                .append(STATUS, MailStatus.PENDING.name())
                .append(ATTEMPTS, 0)
                .append(CREATED_AT, now)
                .append(NEXT_ATTEMPT_AT, now);
        try {
            mongo.getCollection(COLLECTION).insertOne(mail);
        } catch (RuntimeException e) {
            if (duplicate(e)) {
                return false; // another delivery of the same event got there first
            }
            throw e;
        }
        relay.wake();
        return true;
    }

    /**
     * Sends a DEAD mail again (an operator's replay, once its cause is mended: an address corrected in the directory,
     * a relay back): it is pending at once, with a new round of attempts and the whole retry schedule; its last error
     * stays until the next attempt. A dead mail kept its bodies for this.
     */
    public Mail replay(String id) {
        Mail mail = find(id).orElseThrow(() -> new Refused(MailRefusal.MAIL_NOT_FOUND, "no mail " + id + " is kept here"));
        if (mail.status() != MailStatus.DEAD) {
            throw new Refused(MailRefusal.MAIL_NOT_DEAD, "mail " + id + " is " + mail.status() + ": only a DEAD mail is sent again")
                    .with("mailStatus", mail.status().name());
        }
        Date now = Date.from(clock.instant());
        long replayed = mongo.getCollection(COLLECTION).updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq(STATUS, MailStatus.DEAD.name())),
                Updates.combine(Updates.set(STATUS, MailStatus.PENDING.name()), Updates.set(ATTEMPTS, 0),
                        Updates.set(NEXT_ATTEMPT_AT, now), Updates.set(REPLAYED_AT, now))).getModifiedCount();
        if (replayed == 0) {
            // Another operator's replay got there first: it is pending already.
            throw new Refused(MailRefusal.MAIL_NOT_DEAD, "mail " + id + " is being sent again already").with("mailStatus", "PENDING");
        }
        log.info("mail {} ({}) to be sent again", id, mail.kind());
        relay.wake();
        return find(id).orElseThrow();
    }

    /**
     * Deletes every record of a mail to {@code recipient}, pending, sent or dead: for a person whose personal data are
     * erased, so that no mail waiting for a retry reaches them and no record keeps their address. Returns how many.
     */
    public long forget(String recipient) {
        return mongo.getCollection(COLLECTION).deleteMany(Filters.eq(RECIPIENT, recipient)).getDeletedCount();
    }

    public Optional<Mail> find(String id) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("_id", id)).first()).map(Mails::mail);
    }

    /** The newest first, of one status or all. */
    public List<Mail> list(MailStatus status, int limit) {
        Bson filter = status == null ? new Document() : Filters.eq(STATUS, status.name());
        List<Mail> mails = new ArrayList<>();
        mongo.getCollection(COLLECTION).find(filter).sort(Sorts.descending(CREATED_AT)).limit(limit)
                .forEach(document -> mails.add(mail(document)));
        return mails;
    }

    static Mail mail(Document d) {
        return new Mail(d.getString("_id"), d.getString(EVENT_ID), d.getString(KIND), d.getString(RECIPIENT),
                d.getString(SUBJECT), d.getString(TEXT), d.getString(HTML), MailStatus.valueOf(d.getString(STATUS)),
                d.getInteger(ATTEMPTS, 0), instant(d, CREATED_AT), instant(d, NEXT_ATTEMPT_AT), instant(d, SENT_AT),
                d.getString(LAST_ERROR));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static boolean duplicate(RuntimeException e) {
        return e instanceof DuplicateKeyException
                || (e instanceof com.mongodb.MongoWriteException write && write.getError().getCode() == 11000);
    }
}

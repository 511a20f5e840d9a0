package fr.education.traam.mail;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fr.education.traam.kit.background.BackgroundWorker;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Sends the pending mails whose time has come over SMTP, on its own thread, apart from the handling of the events that
 * stored them: an SMTP server that is down delays mails, never an event's other effects. A failure is tried again after
 * the next wait of {@code traam.mail.retries}; after the last one, or at once when the server refuses the address for
 * good (a 5xx reply to the recipient) or the address cannot be one, the mail is DEAD with its reason. A sent mail keeps
 * its recipient, subject and status, not its bodies. Each round also purges the records older than the retention.
 * Several instances may send one mail twice in a race (at least once); one instance never does.
 */
public class MailRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final int MAX_ERROR_LENGTH = 500;
    /** How long a stop waits for a mail under way: the SMTP client's own timeouts are shorter (MailDefaults). */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final BackgroundWorker worker;

    public MailRelay(MongoTemplate mongo, JavaMailSender sender, MailProperties properties, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.sender = sender;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        this.worker = new BackgroundWorker("mail-relay", properties.pollInterval(), STOP_TIMEOUT, this::roundQuietly);
    }

    /** Asks for a round soon, after a new mail; never blocks the caller. */
    public void wake() {
        if (!worker.submit(this::roundQuietly)) {
            log.debug("mail relay not running; the mail waits for the first round after start");
        }
    }

    /** Sends the mails now due, at most a batch; returns how many were sent. */
    public int sendDue() {
        MongoCollection<Document> mails = mongo.getCollection(Mails.COLLECTION);
        Date now = Date.from(clock.instant());
        List<Document> due = new ArrayList<>();
        mails.find(Filters.and(Filters.eq(Mails.STATUS, MailStatus.PENDING.name()), Filters.lte(Mails.NEXT_ATTEMPT_AT, now)))
                .sort(Sorts.ascending(Mails.NEXT_ATTEMPT_AT)).limit(properties.batchSize()).forEach(due::add);
        int sent = 0;
        for (Document mail : due) {
            if (send(mails, mail)) {
                sent++;
            }
        }
        return sent;
    }

    /** Deletes the records of mails sent or dead before the retention; returns how many. */
    public long purge() {
        Date before = Date.from(clock.instant().minus(properties.retention()));
        return mongo.getCollection(Mails.COLLECTION).deleteMany(Filters.and(
                Filters.in(Mails.STATUS, MailStatus.SENT.name(), MailStatus.DEAD.name()),
                Filters.lt(Mails.CREATED_AT, before))).getDeletedCount();
    }

    private boolean send(MongoCollection<Document> mails, Document mail) {
        Object id = mail.get("_id");
        int attempts = mail.getInteger(Mails.ATTEMPTS, 0) + 1;
        try {
            sender.send(message(mail));
        } catch (RuntimeException | MessagingException e) {
            failed(mails, mail, attempts, e);
            return false;
        }
        mails.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(Mails.STATUS, MailStatus.PENDING.name())),
                Updates.combine(Updates.set(Mails.STATUS, MailStatus.SENT.name()), Updates.set(Mails.ATTEMPTS, attempts),
                        Updates.set(Mails.SENT_AT, Date.from(clock.instant())), Updates.unset(Mails.TEXT),
                        Updates.unset(Mails.HTML), Updates.unset(Mails.NEXT_ATTEMPT_AT), Updates.unset(Mails.LAST_ERROR)));
        meters.counter("traam.mail.sent", "kind", mail.getString(Mails.KIND)).increment();
        log.info("mail {} ({}) sent after {} attempt(s)", id, mail.getString(Mails.KIND), attempts);
        return true;
    }

    private MimeMessage message(Document mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.getString(Mails.RECIPIENT));
        helper.setSubject(mail.getString(Mails.SUBJECT));
        helper.setText(mail.getString(Mails.TEXT), mail.getString(Mails.HTML));
        return message;
    }

    private void failed(MongoCollection<Document> mails, Document mail, int attempts, Exception e) {
        Object id = mail.get("_id");
        String reason = reason(e);
        boolean refused = refusedForGood(e);
        List<Duration> retries = properties.retries();
        if (refused || attempts > retries.size()) {
            mails.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set(Mails.STATUS, MailStatus.DEAD.name()),
                    Updates.set(Mails.ATTEMPTS, attempts), Updates.set(Mails.LAST_ERROR, reason),
                    Updates.unset(Mails.NEXT_ATTEMPT_AT)));
            meters.counter("traam.mail.dead", "kind", mail.getString(Mails.KIND)).increment();
            log.warn("mail {} ({}) is DEAD after {} attempt(s){}: {}", id, mail.getString(Mails.KIND), attempts,
                    refused ? ", its address refused" : "", reason);
            return;
        }
        Instant next = clock.instant().plus(retries.get(attempts - 1));
        mails.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set(Mails.ATTEMPTS, attempts),
                Updates.set(Mails.LAST_ERROR, reason), Updates.set(Mails.NEXT_ATTEMPT_AT, Date.from(next))));
        log.warn("mail {} ({}) not sent (attempt {}), next attempt at {}: {}", id, mail.getString(Mails.KIND), attempts, next, reason);
    }

    /** An address the server refuses with a permanent (5xx) reply, or one that is no address, will never be sent. */
    static boolean refusedForGood(Throwable e) {
        for (Throwable cause : causes(e)) {
            if (cause instanceof AddressException || cause instanceof MailParseException) {
                return true;
            }
            if (cause instanceof jakarta.mail.SendFailedException && replyCode(cause) >= 500) {
                return true;
            }
        }
        return false;
    }

    /** The SMTP reply code of the provider's exception (Angus's {@code SMTPAddressFailedException}), or 0. */
    private static int replyCode(Throwable e) {
        try {
            return (int) e.getClass().getMethod("getReturnCode").invoke(e);
        } catch (ReflectiveOperationException | ClassCastException notSmtp) {
            return 0;
        }
    }

    /** The exception and its causes, and for a failed send the exception of each message, whose cause Spring leaves empty. */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty() && all.size() < 20) {
            Throwable next = todo.remove(0);
            all.add(next);
            if (next.getCause() != null && next.getCause() != next) {
                todo.add(next.getCause());
            }
            if (next instanceof MailSendException send) {
                todo.addAll(List.of(send.getMessageExceptions()));
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
        }
        return all;
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause : causes(e)) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank() && reason.indexOf(message.strip()) < 0) {
                if (!reason.isEmpty()) {
                    reason.append(" / ");
                }
                reason.append(message.strip());
            }
        }
        String text = reason.isEmpty() ? e.getClass().getSimpleName() : reason.toString().replaceAll("\\s+", " ");
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) + "…" : text;
    }

    private void roundQuietly() {
        try {
            if (properties.enabled()) {
                sendDue();
            }
            long purged = purge();
            if (purged > 0) {
                log.info("purged {} mail records older than {}", purged, properties.retention());
            }
        } catch (RuntimeException e) {
            log.warn("mail round failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        indexes();
        worker.start();
    }

    /**
     * What the rounds and the operators look mails up by: due ones (status, next attempt), the purge's (created), an
     * erasure's (recipient), the newest first. Creating an index that exists changes nothing.
     */
    void indexes() {
        MongoCollection<Document> mails = mongo.getCollection(Mails.COLLECTION);
        mails.createIndex(Indexes.ascending(Mails.STATUS, Mails.NEXT_ATTEMPT_AT));
        mails.createIndex(Indexes.ascending(Mails.CREATED_AT));
        mails.createIndex(Indexes.ascending(Mails.RECIPIENT));
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }

    /** Starts after the MongoDB client, stops before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}

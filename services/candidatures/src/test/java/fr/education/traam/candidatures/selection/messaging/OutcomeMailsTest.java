package fr.education.traam.candidatures.selection.messaging;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.web.CandidatureJson;
import fr.education.traam.candidatures.selection.application.MailingOutcomes;
import fr.education.traam.candidatures.selection.web.SelectionJourney;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.mail.Mail;
import fr.education.traam.mail.MailRelay;
import fr.education.traam.mail.MailStatus;
import fr.education.traam.mail.Mails;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TestSmtpServer;
import fr.education.traam.testkit.TraamInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.candidatures.selection.messaging.OutcomeMailsTest.Journey.PATIENCE;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The DANs' outcome mails through a real SMTP server (GreenMail, on a free port, the service's {@code spring.mail.*}
 * pointed at it), a real broker and a real MongoDB server: publishing a selection puts one French message, text and
 * HTML, in each DAN's mailbox; a redelivered outcome event adds none; an SMTP server down at first gets the mail on a
 * retry while the event's other effects happen at once; an address that can never be delivered ends DEAD with its
 * reason, and one that stays unreachable ends DEAD after the retry schedule; the purge keeps what the retention keeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "traam.mail.enabled=true",
        "traam.mail.retries=1s,2s,2s,2s",
        "traam.mail.poll-interval=200ms",
        "traam.mail.from=ne-pas-repondre@traam.test"})
@TraamInfrastructure(database = "traam-candidatures-test")
class OutcomeMailsTest {

    private static final String THEME = "ia-et-ecriture";
    private static final String SELECTIONS = "/api/candidatures/selections/";
    private static final TestSmtpServer SMTP = new TestSmtpServer();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Mails mails;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MailRelay relay;
    @Autowired
    MongoTemplate mongo;

    private Journey journey;
    private final String expert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, "expert-lettres");
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void smtpServerUp() {
        SMTP.start();
        journey = new Journey(port, publisher, campaigns);
    }

    @AfterEach
    void smtpServerDown() {
        SMTP.stop();
    }

    @Test
    void publishing_a_selection_puts_one_french_message_in_each_dans_mailbox_and_a_redelivered_event_adds_none() throws Exception {
        String lyon = "dan-lyon-" + run + "@ac-lyon.fr";
        String paris = "dan-paris-" + run + "@ac-paris.fr";
        String campaignId = journey.campaignWithOpenCall();
        journey.apply(campaignId, "10", lyon);
        journey.apply(campaignId, "01", paris);
        journey.apply(campaignId, "02", null); // Aix-Marseille's DAN has no address in their token
        journey.advance(campaignId, CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION);
        double skippedBefore = skipped();

        String selection = SELECTIONS + campaignId + "/" + THEME;
        assertThat(journey.decide(selection, expert, "10").statusCode()).isEqualTo(200);
        HttpResponse<String> published = journey.send("POST", selection + "/publication", expert, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        MimeMessage selected = await().atMost(PATIENCE).until(() -> mailbox(lyon), box -> box.size() == 1).get(0);
        assertThat(selected.getSubject()).isEqualTo("TraAM : votre académie est retenue pour le thème « IA et écriture »");
        assertThat(selected.getFrom()[0].toString()).isEqualTo("ne-pas-repondre@traam.test");
        TestSmtpServer.Parts selectedParts = TestSmtpServer.Parts.of(selected);
        assertThat(selectedParts.text()).contains("l'académie de Lyon est retenue", "« IA et écriture »", "« TraAM 2027-2028 »",
                "http://localhost:8080" + selection).doesNotContain("Équipe solide");
        assertThat(selectedParts.html()).contains("<strong>retenue</strong>", "href=\"http://localhost:8080" + selection + "\"")
                .doesNotContain("Équipe solide");

        MimeMessage notRetained = await().atMost(PATIENCE).until(() -> mailbox(paris), box -> box.size() == 1).get(0);
        assertThat(notRetained.getSubject()).isEqualTo("TraAM : votre académie n'est pas retenue pour le thème « IA et écriture »");
        assertThat(TestSmtpServer.Parts.of(notRetained).text()).contains("l'académie de Paris n'est pas retenue");
        assertThat(TestSmtpServer.Parts.of(notRetained).html()).contains("<strong>n'est pas retenue</strong>");
        await().atMost(PATIENCE).until(() -> skipped() - skippedBefore, n -> n == 1.0);

        Mail sent = await().atMost(PATIENCE).until(() -> mails.list(MailStatus.SENT, 500).stream()
                .filter(m -> m.recipient().equals(lyon)).findFirst().orElse(null), m -> m != null);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.subject()).contains("retenue");
        assertThat(sent.text()).as("the body is not kept after sending").isNull();
        assertThat(sent.html()).isNull();

        // The same outcome event delivered again, then a new event for the same académie behind it on its partition:
        // once the new one's mail is stored the redelivery was handled; once every mail is sent, it added none.
        ConsumerRecord<String, byte[]> outcome = journey.outcomeEvent(selection, "academy-selected");
        String marker = UUID.randomUUID().toString();
        publisher.publish(journey.copyOf(outcome, KafkaTopicProbe.header(outcome, CloudEventHeaders.ID)));
        publisher.publish(journey.copyOf(outcome, marker));
        await().atMost(PATIENCE).until(() -> mailsTo(lyon).stream().anyMatch(m -> m.eventId().equals(marker)));
        await().atMost(PATIENCE).until(() -> mailsTo(lyon).stream().allMatch(m -> m.status() == MailStatus.SENT));
        assertThat(mailsTo(lyon)).hasSize(2);
        assertThat(mailbox(lyon)).hasSize(2);
        assertThat(mailbox(paris)).hasSize(1);
    }

    @Test
    void an_smtp_server_down_at_first_gets_the_mail_on_a_retry_and_the_events_other_effects_do_not_wait() throws Exception {
        String lyon = "dan-lyon-" + run + "@ac-lyon.fr";
        String selection = lyonAloneApplies(lyon);
        SMTP.stop();

        assertThat(journey.decide(selection, expert, "10").statusCode()).isEqualTo(200);
        assertThat(journey.send("POST", selection + "/publication", expert, null).statusCode()).isEqualTo(200);

        // While SMTP is down: the outcome and summary events are out, the selection is public, the mail is waiting.
        journey.outcomeEvent(selection, "academy-selected");
        journey.outcomeEvent(selection, "national-selection-published");
        assertThat(journey.send("GET", selection, null, null).statusCode()).isEqualTo(200);
        Mail waiting = await().atMost(PATIENCE).until(() -> mailTo(lyon), m -> m != null && m.attempts() >= 1);
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.lastError()).isNotBlank();

        SMTP.start();
        MimeMessage received = await().atMost(PATIENCE).until(() -> mailbox(lyon), box -> box.size() == 1).get(0);
        assertThat(received.getSubject()).contains("retenue");
        Mail sent = await().atMost(PATIENCE).until(() -> mailTo(lyon), m -> m.status() == MailStatus.SENT);
        assertThat(sent.attempts()).isGreaterThan(1);
    }

    @Test
    void an_address_that_can_never_be_delivered_is_dead_at_once_with_its_reason() throws Exception {
        String malformed = "dan-lyon-" + run + "@@ac-lyon.fr";
        String selection = lyonAloneApplies(malformed);

        assertThat(journey.send("POST", selection + "/publication", expert, null).statusCode()).isEqualTo(200);

        Mail dead = await().atMost(PATIENCE).until(() -> mailTo(malformed), m -> m != null && m.status() == MailStatus.DEAD);
        assertThat(dead.attempts()).as("a refused address is not retried").isEqualTo(1);
        assertThat(dead.lastError()).contains("Domain contains illegal character");
        assertThat(mailbox(malformed)).isEmpty();
    }

    @Test
    void a_server_that_stays_unreachable_ends_the_mail_dead_after_the_retry_schedule_and_an_operator_sends_it_again() throws Exception {
        String lyon = "dan-lyon-" + run + "@ac-lyon.fr";
        String selection = lyonAloneApplies(lyon);
        SMTP.stop();

        assertThat(journey.send("POST", selection + "/publication", expert, null).statusCode()).isEqualTo(200);

        Mail dead = await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(lyon), m -> m != null && m.status() == MailStatus.DEAD);
        assertThat(dead.attempts()).as("the first attempt and each of the four retries").isEqualTo(5);
        assertThat(dead.lastError()).containsIgnoringCase("connect");
        assertThat(dead.nextAttemptAt()).isNull();
        HttpResponse<String> health = journey.send("GET", "/actuator/health", null, null);
        assertThat(health.statusCode()).as("an SMTP outage delays mails, the service stays healthy: " + health.body()).isEqualTo(200);

        // The server back, an operator replays the dead mail: pending at once, then sent, once.
        String operator = TestInfrastructure.tokens().bearer("OPERATOR");
        String replay = "/api/candidatures/mails/" + dead.id() + "/replay";
        assertProblem(journey.send("POST", replay, TestInfrastructure.tokens().bearer("DAN", "10"), null), 403, "forbidden");
        SMTP.start();
        HttpResponse<String> replayed = journey.send("POST", replay, operator, null);
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.body()).contains("\"status\":\"PENDING\"", "\"attempts\":0");
        await().atMost(PATIENCE).until(() -> mailTo(lyon).status() == MailStatus.SENT);
        assertThat(mailbox(lyon)).hasSize(1);
        assertThat(assertProblem(journey.send("POST", replay, operator, null), 409, "mail-not-dead").get("mailStatus").asString()).isEqualTo("SENT");
        assertProblem(journey.send("POST", "/api/candidatures/mails/nope/replay", operator, null), 404, "mail-not-found");
    }

    @Test
    void operators_see_what_was_sent_without_the_bodies_and_no_one_else_does() throws Exception {
        String lyon = "dan-lyon-" + run + "@ac-lyon.fr";
        String selection = lyonAloneApplies(lyon);
        assertThat(journey.send("POST", selection + "/publication", expert, null).statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> mailbox(lyon).size() == 1);
        await().atMost(PATIENCE).until(() -> mailTo(lyon).status() == MailStatus.SENT);

        String operator = TestInfrastructure.tokens().bearer("OPERATOR");
        HttpResponse<String> sent = journey.send("GET", "/api/candidatures/mails?status=SENT&limit=500", operator, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("\"recipient\":\"" + lyon + "\"", "\"status\":\"SENT\"", "\"kind\":\"selection-outcome\"")
                .doesNotContain("Bonjour");
        assertProblem(journey.send("GET", "/api/candidatures/mails", TestInfrastructure.tokens().bearer("DAN", "10"), null), 403, "forbidden");
        assertProblem(journey.send("GET", "/api/candidatures/mails?status=LOST", operator, null), 400, "invalid-request");
    }

    @Test
    void the_purge_deletes_the_records_of_mails_sent_or_dead_before_the_retention_and_keeps_the_others() {
        Instant old = Instant.now().minus(Duration.ofDays(91));
        Instant recent = Instant.now().minus(Duration.ofDays(89));
        String sentLongAgo = record("SENT", old);
        String deadLongAgo = record("DEAD", old);
        String pendingLongAgo = record("PENDING", old);
        String sentRecently = record("SENT", recent);

        relay.purge();

        assertThat(mails.find(sentLongAgo)).isEmpty();
        assertThat(mails.find(deadLongAgo)).isEmpty();
        assertThat(mails.find(pendingLongAgo)).as("a mail not yet sent is not purged").isPresent();
        assertThat(mails.find(sentRecently)).isPresent();
        mongo.getCollection(Mails.COLLECTION).deleteOne(new Document("_id", pendingLongAgo));
    }

    /** A mail record as the relay leaves it, created at {@code createdAt}; far in the future for a pending one. */
    private String record(String status, Instant createdAt) {
        String id = UUID.randomUUID().toString();
        mongo.getCollection(Mails.COLLECTION).insertOne(new Document("_id", id).append("eventId", id)
                .append("kind", "test").append("recipient", "purge-" + run + "@ac-lyon.fr").append("subject", "Test")
                .append("status", status).append("attempts", 1).append("createdAt", Date.from(createdAt))
                .append("nextAttemptAt", Date.from(Instant.now().plus(Duration.ofDays(1)))));
        return id;
    }

    /**
     * Lyon's DAN, with {@code email} in their token, applies alone to a new campaign's theme, which enters its national
     * selection; the selection's path.
     */
    private String lyonAloneApplies(String email) {
        String campaignId = journey.campaignWithOpenCall();
        journey.apply(campaignId, "10", email);
        journey.advance(campaignId, CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION);
        return SELECTIONS + campaignId + "/" + THEME;
    }

    private List<Mail> mailsTo(String recipient) {
        return mails.list(null, 500).stream().filter(m -> m.recipient().equals(recipient)).toList();
    }

    private Mail mailTo(String recipient) {
        return mails.list(null, 500).stream().filter(m -> m.recipient().equals(recipient)).findFirst().orElse(null);
    }

    private double skipped() {
        var counter = meters.find("traam.mail.skipped").tag("kind", MailingOutcomes.KIND).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<MimeMessage> mailbox(String address) {
        return SMTP.mailbox(address);
    }

    /** The campaigns service's events, the DANs' and the expert's requests, as in the selection tests. */
    static final class Journey {

        static final Duration PATIENCE = Duration.ofSeconds(30);

        private final int port;
        private final EventPublisher publisher;
        private final SelectionJourney campaigns;

        Journey(int port, EventPublisher publisher, Campaigns campaigns) {
            this.port = port;
            this.publisher = publisher;
            this.campaigns = new SelectionJourney(port, publisher, campaigns);
        }

        String campaignWithOpenCall() {
            return campaigns.campaignWithOpenCall(List.of(new ThemeDetails(THEME, "IA et écriture",
                    "L'IA générative et l'écriture des élèves", ThemeKind.INTERDISCIPLINARY, List.of("Lettres"),
                    List.of(new DneExpert("expert-lettres", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null)));
        }

        /** The DAN of {@code academy} applies with a token carrying {@code email}, or none. */
        void apply(String campaignId, String academy, String email) {
            String token = email == null ? TestInfrastructure.tokens().bearer("DAN", academy)
                    : TestInfrastructure.tokens().bearerOfPerson(List.of("DAN"), academy, "dan-" + academy, email);
            HttpResponse<String> submitted = send("POST", "/api/candidatures", token, CandidatureJson.submission(campaignId, THEME));
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        }

        void advance(String campaignId, CampaignPhase from, CampaignPhase to) {
            campaigns.advance(campaignId, from, to);
        }

        HttpResponse<String> decide(String selection, String expert, String academy) {
            return send("PUT", selection + "/decisions/" + academy, expert,
                    "{\"decision\":\"SELECTED\",\"rationale\":\"Équipe solide et usages déjà éprouvés en classe\"}");
        }

        HttpResponse<String> send(String method, String path, String authorization, String body) {
            return new ApiClient(port).send(method, path, authorization, body);
        }

        /** The first event of {@code kind} of the selection at {@code selection} on traam.candidatures. */
        ConsumerRecord<String, byte[]> outcomeEvent(String selection, String kind) {
            String selectionId = selection.substring(SELECTIONS.length());
            try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURES)) {
                return topic.awaitRecords(r -> selectionId.equals(r.key())
                        && KafkaTopicProbe.header(r, CloudEventHeaders.TYPE).contains("." + kind + "."), 1, PATIENCE).get(0);
            }
        }

        /** The record as the relay would publish it again, under {@code id}. */
        PendingEvent copyOf(ConsumerRecord<String, byte[]> record, String id) {
            return new PendingEvent(id, KafkaTopicProbe.header(record, CloudEventHeaders.TYPE),
                    KafkaTopicProbe.header(record, CloudEventHeaders.SOURCE), record.topic(), record.key(),
                    Instant.parse(KafkaTopicProbe.header(record, CloudEventHeaders.TIME)),
                    new String(record.value(), StandardCharsets.UTF_8));
        }
    }
}

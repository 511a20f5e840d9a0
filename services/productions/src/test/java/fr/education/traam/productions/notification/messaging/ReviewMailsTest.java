package fr.education.traam.productions.notification.messaging;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.groups.MemberErased;
import fr.education.traam.contract.groups.MemberIdentified;
import fr.education.traam.contract.groups.MemberIdentity;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.mail.Mail;
import fr.education.traam.mail.MailStatus;
import fr.education.traam.mail.Mails;
import fr.education.traam.productions.notification.application.MailingReviews;
import fr.education.traam.productions.production.web.LyonGroupOverHttp;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.TeamMother;
import fr.education.traam.productions.team.Teams;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TestSmtpServer;
import fr.education.traam.testkit.TraamInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.education.traam.productions.production.web.LyonGroupOverHttp.ifMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review mails through a real SMTP server (GreenMail on a free port), the real broker and MongoDB server, real
 * HTTP and tokens: a scenario of Lyon's group submitted, sent back, approved by the académie then nationally, published
 * and withdrawn puts in each reviewer's and author's mailbox one French message (text and HTML) per step that concerns
 * them, to them alone, without the reviewer's comment; an erased author is skipped and counted; a redelivered event
 * sends nothing more. The national group and the members' addresses come over traam.groups and traam.groups.people.
 * <p>
 * The binding reads in a group of this context's own from the topic's beginning, so that it handles every event
 * (other test contexts, with their relays off, may follow the service's group and store the same mails: one each,
 * by event and recipient) and counts every skip here; each test starts once it has caught up with the topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "traam.mail.enabled=true",
        "traam.mail.retries=1s,2s",
        "traam.mail.poll-interval=200ms",
        "traam.mail.from=ne-pas-repondre@traam.test",
        "spring.cloud.stream.bindings.reviewMails-in-0.group=" + ReviewMailsTest.GROUP,
        "spring.cloud.stream.kafka.bindings.reviewMails-in-0.consumer.start-offset=earliest"})
@TraamInfrastructure(database = "traam-productions-test")
class ReviewMailsTest {

    static final String GROUP = "productions-review-mails-test";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String GROUPS_SOURCE = "/traam/groups";
    private static final String TITLE = "Écrire avec une IA en 5e";
    private static final TestSmtpServer SMTP = new TestSmtpServer();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Teams teams;
    @Autowired
    MemberIdentities identities;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Mails mails;
    @Autowired
    MeterRegistry meters;

    private LyonGroupOverHttp lyon;
    private String inspector;
    private String teacher;
    private String nationalExpert;
    private String leadingExpert;

    /**
     * Lyon's group (its teacher and piloting inspector have addresses) and, over the groups' topics, an erased
     * teacher joining it, the theme's national group with its DNE expert, and the theme's leading expert — seated
     * nowhere — recognised by their token subject and an address.
     */
    @BeforeEach
    void theGroupsAndTheirAddresses() {
        SMTP.start();
        lyon = new LyonGroupOverHttp(port, campaigns, teams, identities);
        String s = lyon.suffix;
        teacher = "paul.martin." + s + "@ac-lyon.fr";
        inspector = "helene.robert." + s + "@ac-lyon.fr";
        nationalExpert = "claire.dupont." + s + "@education.gouv.fr";
        leadingExpert = "awa.traore." + s + "@education.gouv.fr";
        Team lyonTeam = teams.find(lyon.lyonGroup).orElseThrow();
        String nationalGroup = "group-national-" + UUID.randomUUID();

        publish(new MemberIdentified("m-erased-" + s, new MemberIdentity("jean.leroy." + s + "@ac-lyon.fr", null)));
        publish(new MemberErased("m-erased-" + s));
        publish(new MemberJoined(TeamMother.academic(lyon.lyonGroup, lyonTeam.campaignId(), lyonTeam.themeId(), TeamMother.LYON),
                TeamMother.seat("m-erased-" + s, MemberRole.TEACHER), null));
        publish(new MemberIdentified("m-national-" + s, new MemberIdentity(nationalExpert, null)));
        publish(TeamMother.formed(TeamMother.national(nationalGroup, lyonTeam.campaignId(), lyonTeam.themeId()),
                TeamMother.seat("m-national-" + s, MemberRole.DNE_EXPERT), TeamMother.seat("m-referent-" + s, MemberRole.REFERENT)));
        publish(new MemberIdentified("m-lead-" + s, new MemberIdentity(leadingExpert, lyon.expertSubject)));

        await().atMost(PATIENCE).until(() -> teams.find(lyon.lyonGroup).orElseThrow().members().size() == 3
                && teams.find(nationalGroup).isPresent()
                && identities.addressOf("m-national-" + s).isPresent()
                && !identities.recognising(null, lyon.expertSubject).isEmpty()
                && identities.recognising("jean.leroy." + s + "@ac-lyon.fr", null).isEmpty());
        caughtUp();
    }

    @AfterEach
    void smtpServerDown() {
        SMTP.stop();
    }

    @Test
    void each_step_of_the_review_mails_the_reviewers_it_awaits_and_the_authors_it_moves_without_the_comment() throws Exception {
        double erasedAuthorsBefore = skipped(MailingReviews.MOVED);
        double reviewersBefore = skipped(MailingReviews.AWAITS_REVIEW);
        HttpResponse<String> drafted = lyon.drafted(TITLE);
        String id = LyonGroupOverHttp.id(drafted);
        String resource = "http://localhost:8080/api/productions/" + id;

        HttpResponse<String> submitted = ok(lyon.api.send("POST", "/api/productions/" + id + "/submission", lyon.teacher, null,
                ifMatch(drafted)));
        MimeMessage awaiting = await().atMost(PATIENCE).until(() -> mailbox(inspector), box -> box.size() == 1).get(0);
        assertThat(awaiting.getSubject()).isEqualTo("TraAM : une production attend votre relecture : « " + TITLE + " »");
        assertThat(awaiting.getFrom()[0].toString()).isEqualTo("ne-pas-repondre@traam.test");
        TestSmtpServer.Parts review = TestSmtpServer.Parts.of(awaiting);
        assertThat(review.text()).contains("Une production attend votre relecture académique", "« " + TITLE + " »",
                "Scénario pédagogique, version 1, du groupe de l'académie de Lyon", "Thème « IA et écriture » (2027-2028)",
                "La production : " + resource);
        assertThat(review.html()).contains("<strong>académique</strong>", "href=\"" + resource + "\"");

        HttpResponse<String> sentBack = ok(lyon.api.send("POST", "/api/productions/" + id + "/reviews", lyon.inspector,
                "{\"verdict\":\"CHANGES_REQUESTED\",\"comment\":\"Précisez l'évaluation finale.\"}", ifMatch(submitted)));
        MimeMessage changes = await().atMost(PATIENCE).until(() -> mailbox(teacher), box -> box.size() == 1).get(0);
        assertThat(changes.getSubject()).isEqualTo("TraAM : des modifications sont demandées pour « " + TITLE + " »");
        TestSmtpServer.Parts changed = TestSmtpServer.Parts.of(changes);
        assertThat(changed.text()).contains("un commentaire de relecture vous attend", "La production : " + resource)
                .doesNotContain("Précisez");
        assertThat(changed.html()).contains("<strong>Des modifications sont demandées</strong>").doesNotContain("Précisez");

        // Submitted again, approved by the inspector, by the expert, its checks answered, published.
        HttpResponse<String> published = lyon.published(id, sentBack);
        String publicUrl = JSON.readTree(published.body()).get("publicUrl").asString();
        HttpResponse<String> withdrawn = lyon.api.send("POST", "/api/productions/" + id + "/withdrawal", lyon.expert,
                "{\"reason\":\"Un élève y est nommé.\"}", ifMatch(published));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);

        List<MimeMessage> authors = await().atMost(PATIENCE).until(() -> mailbox(teacher), box -> box.size() == 5);
        assertThat(subjects(authors)).containsExactlyInAnyOrder(
                "TraAM : des modifications sont demandées pour « " + TITLE + " »",
                "TraAM : « " + TITLE + " » est approuvée par l'académie et part en validation nationale",
                "TraAM : « " + TITLE + " » est validée nationalement, avant ses vérifications de publication",
                "TraAM : « " + TITLE + " » est publiée",
                "TraAM : « " + TITLE + " » est retirée de la publication");
        assertThat(TestSmtpServer.Parts.of(bySubject(authors, "est publiée")).text()).contains("Sa page publique : " + publicUrl);
        assertThat(TestSmtpServer.Parts.of(bySubject(authors, "est publiée")).html()).contains("href=\"" + publicUrl + "\"");
        assertThat(TestSmtpServer.Parts.of(bySubject(authors, "retirée")).text()).contains("Motif : Un élève y est nommé.");
        assertThat(TestSmtpServer.Parts.of(bySubject(authors, "retirée")).html()).contains("Motif : <span>Un élève y est nommé.</span>");
        assertThat(TestSmtpServer.Parts.of(bySubject(authors, "part en validation nationale")).text()).contains("est approuvée par l'académie");

        for (String nationalReviewer : List.of(nationalExpert, leadingExpert)) {
            MimeMessage national = await().atMost(PATIENCE).until(() -> mailbox(nationalReviewer), box -> box.size() == 1).get(0);
            assertThat(national.getSubject()).isEqualTo("TraAM : une production attend votre relecture : « " + TITLE + " »");
            assertThat(TestSmtpServer.Parts.of(national).text()).contains("pour sa validation nationale", "version 1", "La production : " + resource);
        }
        await().atMost(PATIENCE).until(() -> mailsOfThisTest().stream().allMatch(m -> m.status() == MailStatus.SENT));
        assertThat(mailbox(inspector)).as("submitted twice; the moves are its authors'").hasSize(2);
        assertThat(mailbox(nationalExpert)).hasSize(1);
        assertThat(mailbox(leadingExpert)).hasSize(1);
        assertThat(mailsOfThisTest()).as("2 + 1 + 1 awaiting review, 5 moves").hasSize(9);
        assertThat(messagesOfThisTest()).allSatisfy(message -> {
            assertThat(message.getAllRecipients()).as("to one person alone").hasSize(1);
            TestSmtpServer.Parts parts = TestSmtpServer.Parts.of(message);
            assertThat(parts.text() + parts.html()).as("no address, name nor comment in a mail")
                    .doesNotContain("@", "Précisez", "Awa", "Traoré", "paul", "helene");
        });
        assertThat(skipped(MailingReviews.MOVED) - erasedAuthorsBefore).as("the erased teacher, at each of the five moves")
                .isEqualTo(5.0);
        assertThat(skipped(MailingReviews.AWAITS_REVIEW) - reviewersBefore).as("every reviewer has an address").isZero();
    }

    @Test
    void a_redelivered_event_sends_nothing_more() throws Exception {
        HttpResponse<String> drafted = lyon.drafted(TITLE);
        String id = LyonGroupOverHttp.id(drafted);
        ok(lyon.api.send("POST", "/api/productions/" + id + "/submission", lyon.teacher, null, ifMatch(drafted)));
        await().atMost(PATIENCE).until(() -> mailbox(inspector).size() == 1);

        ConsumerRecord<String, byte[]> submission;
        try (KafkaTopicProbe topic = new KafkaTopicProbe("traam.productions")) {
            submission = topic.awaitRecords(r -> id.equals(r.key())
                    && KafkaTopicProbe.header(r, CloudEventHeaders.TYPE).endsWith(".production-submitted.v1"), 1, PATIENCE).get(0);
        }
        // The same event again, then a new one behind it on the production's partition: once the new one's mail is
        // stored, the redelivery was handled; once both are sent, it added none.
        String marker = UUID.randomUUID().toString();
        publisher.publish(copyOf(submission, KafkaTopicProbe.header(submission, CloudEventHeaders.ID)));
        publisher.publish(copyOf(submission, marker));
        await().atMost(PATIENCE).until(() -> mailsOfThisTest().stream().anyMatch(m -> m.eventId().equals(marker)));
        await().atMost(PATIENCE).until(() -> mailsOfThisTest().stream().allMatch(m -> m.status() == MailStatus.SENT));
        assertThat(mailsOfThisTest()).hasSize(2);
        assertThat(mailbox(inspector)).hasSize(2);
    }

    private void publish(TraamEvent event) {
        publisher.publish(PendingEvent.of(event, GROUPS_SOURCE, Instant.now()));
    }

    /** Waits until this context's group has handled every record already on traam.productions. */
    private void caughtUp() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers()))) {
            await().atMost(PATIENCE).until(() -> {
                List<TopicPartition> partitions = admin.describeTopics(List.of("traam.productions")).allTopicNames().get()
                        .get("traam.productions").partitions().stream()
                        .map(p -> new TopicPartition("traam.productions", p.partition())).toList();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
                Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                return partitions.stream().allMatch(p -> ends.get(p) == 0
                        || (committed.get(p) != null && committed.get(p).offset() >= ends.get(p)));
            });
        }
    }

    /** The mails stored for this test's people (their addresses are the test's own). */
    private List<Mail> mailsOfThisTest() {
        List<String> people = List.of(teacher, inspector, nationalExpert, leadingExpert);
        return mails.list(null, 1000).stream().filter(m -> people.contains(m.recipient())).toList();
    }

    private List<MimeMessage> messagesOfThisTest() {
        List<MimeMessage> all = new ArrayList<>();
        for (String address : List.of(teacher, inspector, nationalExpert, leadingExpert)) {
            all.addAll(mailbox(address));
        }
        return all;
    }

    private static List<String> subjects(List<MimeMessage> messages) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : messages) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private static MimeMessage bySubject(List<MimeMessage> messages, String part) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getSubject().contains(part)) {
                return message;
            }
        }
        throw new AssertionError("no message whose subject contains " + part);
    }

    private double skipped(String kind) {
        var counter = meters.find("traam.mail.skipped").tag("kind", kind).tag("reason", "no-address").counter();
        return counter == null ? 0 : counter.count();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** The record as the relay would publish it again, under {@code id}. */
    private static PendingEvent copyOf(ConsumerRecord<String, byte[]> record, String id) {
        return new PendingEvent(id, KafkaTopicProbe.header(record, CloudEventHeaders.TYPE),
                KafkaTopicProbe.header(record, CloudEventHeaders.SOURCE), record.topic(), record.key(),
                Instant.parse(KafkaTopicProbe.header(record, CloudEventHeaders.TIME)),
                new String(record.value(), StandardCharsets.UTF_8));
    }

    private static List<MimeMessage> mailbox(String address) {
        return SMTP.mailbox(address);
    }
}

package fr.education.traam.groups.group.messaging;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.candidatures.AcademicTeam;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.GroupMember;
import fr.education.traam.contract.candidatures.SelectedTeam;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.GroupMother;
import fr.education.traam.groups.group.application.MailingMembers;
import fr.education.traam.groups.person.People;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.mail.Mail;
import fr.education.traam.mail.MailStatus;
import fr.education.traam.mail.Mails;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TestSmtpServer;
import fr.education.traam.testkit.TraamInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The members' mails through a real SMTP server (GreenMail, on a free port, the service's {@code spring.mail.*}
 * pointed at it), the real broker and MongoDB server: a published selection mails each member of the groups it forms,
 * once, in French, text and HTML, naming the group, the theme and their role and no one else; an expert without an
 * address gets none and the skip is counted; adding a member mails them, removing them mails the departure and its
 * reason; a redelivered event sends nothing more; an amendment's closing mails the closed group's members; an erased
 * person gets no mail and none of their records is kept.
 *
 * <p>The binding reads in a consumer group of this context's own, from the end of the topic as deployed, and each test
 * starts once the group holds the topic's partitions: no other test context shares them, no event of the test comes
 * before the group reads, and the counters move for this test's events alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "traam.mail.enabled=true",
        "traam.mail.retries=1s,2s",
        "traam.mail.poll-interval=200ms",
        "traam.mail.from=ne-pas-repondre@traam.test"})
@TraamInfrastructure(database = "traam-groups-test")
class MemberMailsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String THEME = GroupMother.THEME;
    private static final TestSmtpServer SMTP = new TestSmtpServer();
    private static final Academy LYON = Academy.byCode("10").orElseThrow();
    private static final Academy GRENOBLE = Academy.byCode("08").orElseThrow();
    /** This context's own consumer group for the mails' binding. */
    private static final String CONSUMER_GROUP = "groups-mails-test-" + UUID.randomUUID();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
        registry.add("spring.cloud.stream.bindings.memberMails-in-0.group", () -> CONSUMER_GROUP);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;
    @Autowired
    People people;
    @Autowired
    Mails mails;
    @Autowired
    MeterRegistry meters;

    private ApiClient api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String campaignId = "campaign-" + UUID.randomUUID();
    private final String expert = "expert-" + run;

    @BeforeEach
    void smtpServerUpAndMailsCaughtUp() {
        SMTP.start();
        api = new ApiClient(port);
        assigned();
    }

    @AfterEach
    void smtpServerDown() {
        SMTP.stop();
    }

    @Test
    void a_published_selection_mails_each_member_with_an_address_once_in_french_naming_the_group_the_theme_and_their_role()
            throws Exception {
        double expertsSkipped = skipped(MailingMembers.JOINED, "no-address");

        publishSelection(0, LYON, GRENOBLE);

        String lyonGroup = GroupId.academic(campaignId, THEME, "10").value();
        String nationalGroup = GroupId.national(campaignId, THEME).value();
        MimeMessage teacher = await().atMost(PATIENCE).until(() -> mailbox(address("a", LYON)), box -> box.size() == 1).get(0);
        assertThat(teacher.getSubject()).isEqualTo("TraAM : vous rejoignez le groupe académique de Lyon du thème « IA et écriture »");
        assertThat(teacher.getFrom()[0].toString()).isEqualTo("ne-pas-repondre@traam.test");
        assertThat(teacher.getRecipients(Message.RecipientType.TO)).hasSize(1);
        TestSmtpServer.Parts parts = TestSmtpServer.Parts.of(teacher);
        assertThat(parts.text()).contains("Bonjour " + name("Enseignant A", LYON) + ",",
                "Vous rejoignez le groupe académique de Lyon de la campagne « TraAM 2031-2032 », sur le thème « IA et écriture ». "
                        + "Votre rôle : enseignant.",
                "http://localhost:8080/api/groups/" + lyonGroup);
        assertThat(parts.html()).contains("<strong>enseignant</strong>", "href=\"http://localhost:8080/api/groups/" + lyonGroup + "\"");
        // No one else's name or address: the other members of the group are not in it.
        assertThat(parts.text() + parts.html()).doesNotContain("Enseignant B", "Inspectrice", "Référente", "CARDIE " + run, "Claire Martin")
                .doesNotContain("b.10." + run, "referent.10." + run);

        // The referent sits in both groups: one mail for each, each with its role.
        List<MimeMessage> referent = await().atMost(PATIENCE).until(() -> mailbox(address("referent", LYON)), box -> box.size() == 2);
        Map<String, String> bySubject = referent.stream().collect(Collectors.toMap(MemberMailsTest::subject, m -> TestSmtpServer.Parts.of(m).text()));
        assertThat(bySubject.get("TraAM : vous rejoignez le groupe académique de Lyon du thème « IA et écriture »"))
                .contains("Votre rôle : référent académique.");
        assertThat(bySubject.get("TraAM : vous rejoignez le groupe national du thème « IA et écriture »"))
                .contains("Votre rôle : référent national pour l'académie de Lyon.", "http://localhost:8080/api/groups/" + nationalGroup);
        assertThat(TestSmtpServer.Parts.of(await().atMost(PATIENCE).until(() -> mailbox(address("ipr", GRENOBLE)), box -> box.size() == 1).get(0)).text())
                .contains("le groupe académique de Grenoble", "Votre rôle : inspecteur pilote.");
        for (String who : List.of("b", "c", "cardie")) {
            await().atMost(PATIENCE).until(() -> mailbox(address(who, LYON)).size() == 1);
        }
        // The theme's expert is known by their identity alone: no mail, counted.
        await().atMost(PATIENCE).until(() -> skipped(MailingMembers.JOINED, "no-address") - expertsSkipped, n -> n == 1.0);

        // Once every mail of the formation is sent, each address has had its own and no more.
        await().atMost(PATIENCE).until(() -> mailsOfThisRun().stream().allMatch(m -> m.status() == MailStatus.SENT));
        assertThat(mailsOfThisRun()).as("six members of each academic group, the two referents in the national group").hasSize(2 * 6 + 2);
        assertThat(mailbox(address("a", LYON))).hasSize(1);
        assertThat(mailbox(address("referent", GRENOBLE))).hasSize(2);
        Mail sent = mailsTo(address("a", LYON)).get(0);
        assertThat(sent.kind()).isEqualTo(MailingMembers.JOINED);
        assertThat(sent.text()).as("the body is not kept after sending").isNull();
    }

    @Test
    void adding_a_member_mails_them_removing_them_mails_the_departure_and_a_redelivered_event_sends_nothing_more() throws Exception {
        publishSelection(0, LYON);
        String lyonGroup = GroupId.academic(campaignId, THEME, "10").value();
        String dan = TestInfrastructure.tokens().bearer("DAN", "10");
        await().atMost(PATIENCE).until(() -> api.get("/api/groups/" + lyonGroup, dan).statusCode() == 200);
        String karim = "karim.benali." + run + "@ac-lyon.fr";

        HttpResponse<String> added = api.send("POST", "/api/groups/" + lyonGroup + "/members", dan,
                "{\"name\": \"Karim Benali\", \"email\": \"" + karim + "\", \"role\": \"TEACHER\"}", Map.of("If-Match", etag(lyonGroup, dan)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        MimeMessage joined = await().atMost(PATIENCE).until(() -> mailbox(karim), box -> box.size() == 1).get(0);
        assertThat(joined.getSubject()).isEqualTo("TraAM : vous rejoignez le groupe académique de Lyon du thème « IA et écriture »");
        assertThat(TestSmtpServer.Parts.of(joined).text()).contains("Bonjour Karim Benali,", "Votre rôle : enseignant.");

        String karimId = people.withEmail(new EmailAddress(karim)).orElseThrow().id().value();
        HttpResponse<String> removed = api.send("DELETE", "/api/groups/" + lyonGroup + "/members/" + karimId, dan, null,
                Map.of("If-Match", added.headers().firstValue("ETag").orElseThrow()));
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        MimeMessage left = await().atMost(PATIENCE).until(() -> mailbox(karim), box -> box.size() == 2).get(1);
        assertThat(left.getSubject()).isEqualTo("TraAM : vous quittez le groupe académique de Lyon du thème « IA et écriture »");
        TestSmtpServer.Parts leftParts = TestSmtpServer.Parts.of(left);
        assertThat(leftParts.text()).contains("Vous ne faites plus partie du groupe académique de Lyon de la campagne « TraAM 2031-2032 »",
                "où vous étiez enseignant : les responsables du groupe vous en ont retiré.",
                "Pour toute question, adressez-vous au DAN ou à l'inspecteur pilote de l'académie de Lyon, responsables du groupe académique.");
        assertThat(leftParts.html()).contains("les responsables du groupe vous en ont retiré");

        // The same member-joined delivered again, then a copy under a new id behind it on the group's partition: once
        // the copy's mail is stored, the redelivery was handled; once both are sent, it added nothing.
        ConsumerRecord<String, byte[]> memberJoined;
        try (KafkaTopicProbe topic = new KafkaTopicProbe(Topics.GROUPS)) {
            memberJoined = topic.awaitRecords(r -> lyonGroup.equals(r.key()) && KafkaTopicProbe.header(r, CloudEventHeaders.TYPE)
                    .endsWith("member-joined.v1") && KafkaTopicProbe.value(r).contains(karimId), 1, PATIENCE).get(0);
        }
        String marker = UUID.randomUUID().toString();
        publisher.publish(copyOf(memberJoined, KafkaTopicProbe.header(memberJoined, CloudEventHeaders.ID)));
        publisher.publish(copyOf(memberJoined, marker));
        await().atMost(PATIENCE).until(() -> mailsTo(karim).stream().anyMatch(m -> m.eventId().equals(marker)));
        await().atMost(PATIENCE).until(() -> mailsTo(karim).stream().allMatch(m -> m.status() == MailStatus.SENT));
        assertThat(mailsTo(karim)).extracting(Mail::kind).containsExactlyInAnyOrder(MailingMembers.JOINED, MailingMembers.LEFT,
                MailingMembers.JOINED);
        assertThat(mailbox(karim)).hasSize(3);
    }

    @Test
    void an_amendment_that_closes_a_group_mails_its_members_with_the_reason() throws Exception {
        publishSelection(0, LYON, GRENOBLE);
        await().atMost(PATIENCE).until(() -> mailbox(address("a", GRENOBLE)).size() == 1);

        publishSelection(1, LYON);

        MimeMessage closed = await().atMost(PATIENCE).until(() -> mailbox(address("a", GRENOBLE)), box -> box.size() == 2).get(1);
        assertThat(closed.getSubject()).isEqualTo("TraAM : le groupe académique de Grenoble du thème « IA et écriture » est clos");
        assertThat(TestSmtpServer.Parts.of(closed).text()).contains("où vous êtes enseignant, est clos : une modification de la sélection nationale "
                + "ne retient plus l'académie de Grenoble pour ce thème.");
        assertThat(TestSmtpServer.Parts.of(closed).html()).contains("<strong>est clos</strong>");
        // Its referent also leaves the national group, whose responsibles they may ask.
        List<MimeMessage> referent = await().atMost(PATIENCE).until(() -> mailbox(address("referent", GRENOBLE)), box -> box.size() == 4);
        assertThat(referent).extracting(MemberMailsTest::subject).contains(
                "TraAM : le groupe académique de Grenoble du thème « IA et écriture » est clos",
                "TraAM : vous quittez le groupe national du thème « IA et écriture »");
        MimeMessage leftNational = referent.stream().filter(m -> subject(m).startsWith("TraAM : vous quittez")).findFirst().orElseThrow();
        assertThat(TestSmtpServer.Parts.of(leftNational).text()).contains("Vous ne faites plus partie du groupe national",
                "où vous étiez référent national pour l'académie de Grenoble : les responsables du groupe vous en ont retiré.",
                "adressez-vous aux experts DNE du thème, responsables du groupe national.");
        await().atMost(PATIENCE).until(() -> mailsOfThisRun().stream().allMatch(m -> m.status() == MailStatus.SENT));
        assertThat(mailbox(address("a", LYON))).as("the groups that stay send nothing").hasSize(1);
    }

    @Test
    void an_erased_person_gets_no_mail_not_even_one_waiting_for_a_retry_and_no_record_of_a_mail_to_them_is_kept() throws Exception {
        SMTP.stop();
        publishSelection(0, LYON);
        String teacher = address("a", LYON);
        await().atMost(PATIENCE).until(() -> mailsTo(teacher), box -> box.size() == 1 && box.get(0).attempts() >= 1);
        assertThat(mailsTo(teacher).get(0).status()).isEqualTo(MailStatus.PENDING);
        double erasedSkipped = skipped(MailingMembers.LEFT, "erased");
        String teacherId = people.withEmail(new EmailAddress(teacher)).orElseThrow().id().value();

        HttpResponse<String> erased = api.send("POST", "/api/groups/people/" + teacherId + "/erasure",
                TestInfrastructure.tokens().bearer("OPERATOR"), null);

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(mailsTo(teacher)).as("the mails to them go with their address, the one waiting for a retry too").isEmpty();
        // Leaving the group on their erasure mails them nothing: they are erased when it is handled.
        await().atMost(PATIENCE).until(() -> skipped(MailingMembers.LEFT, "erased") - erasedSkipped, n -> n == 1.0);
        // The server back: the mail of another member of the group, retried on the same schedule, arrives; theirs does not.
        SMTP.start();
        await().atMost(PATIENCE).until(() -> mailbox(address("b", LYON)).size() == 1);
        assertThat(mailbox(teacher)).isEmpty();
        assertThat(mailsTo(teacher)).isEmpty();
    }

    @Test
    void operators_see_the_mails_sent_and_no_one_else_does() throws Exception {
        publishSelection(0, LYON);
        String teacher = address("a", LYON);
        await().atMost(PATIENCE).until(() -> mailsTo(teacher).stream().anyMatch(m -> m.status() == MailStatus.SENT));

        HttpResponse<String> sent = api.get("/api/groups/mails?status=SENT&limit=500", TestInfrastructure.tokens().bearer("OPERATOR"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("\"recipient\":\"" + teacher + "\"", "\"kind\":\"group-joined\"").doesNotContain("Bonjour");
        assertProblem(api.get("/api/groups/mails", TestInfrastructure.tokens().bearer("DAN", "10")), 403, "forbidden");
        // /api/groups/* is open to anonymous reading (a group's public view), so the view's own OPERATOR rule refuses them,
        // with the kit's 403 for a denied access, not a 401 from the filters.
        assertProblem(api.get("/api/groups/mails", null), 403, "forbidden");
    }

    /** The campaign, once its view knows it, then the teams of {@code academies} as revision {@code revision} selects them. */
    private void publishSelection(int revision, Academy... academies) {
        if (campaigns.find(new CampaignId(campaignId)).isEmpty()) {
            ThemeDetails theme = new ThemeDetails(THEME, "IA et écriture", "L'IA générative et l'écriture des élèves",
                    ThemeKind.INTERDISCIPLINARY, List.of("Lettres"), List.of(new DneExpert(expert, "Claire Martin")), 6,
                    ThemeCycle.FIRST_YEAR, null);
            publisher.publish(PendingEvent.of(GroupMother.campaign(campaignId, theme), "/traam/campaigns", Instant.now()));
            await().atMost(PATIENCE).until(() -> campaigns.find(new CampaignId(campaignId)).isPresent());
        }
        SelectedTeam[] teams = Arrays.stream(academies).map(a -> new SelectedTeam(a.details(), "candidature-" + a.code(),
                CandidatureKind.APPLICATION, team(a))).toArray(SelectedTeam[]::new);
        publisher.publish(PendingEvent.of(GroupMother.teams(campaignId, THEME, ThemeCycle.FIRST_YEAR, revision, teams),
                "/traam/candidatures", Instant.now()));
    }

    /** An académie's team whose names and addresses are this test's alone. */
    private AcademicTeam team(Academy academy) {
        return new AcademicTeam(member("Inspectrice", "ipr", academy), "IA_IPR",
                List.of(member("Enseignant A", "a", academy), member("Enseignant B", "b", academy), member("Enseignant C", "c", academy)),
                member("Référente", "referent", academy), member("CARDIE", "cardie", academy));
    }

    private GroupMember member(String name, String who, Academy academy) {
        return new GroupMember(name(name, academy), address(who, academy));
    }

    private String name(String name, Academy academy) {
        return name + " " + academy.label() + " " + run;
    }

    private String address(String who, Academy academy) {
        return who + "." + academy.code() + "." + run + "@ac-" + academy.label().toLowerCase().replace(' ', '-') + ".fr";
    }

    private String etag(String groupId, String token) {
        return api.get("/api/groups/" + groupId, token).headers().firstValue("ETag").orElseThrow();
    }

    private List<Mail> mailsOfThisRun() {
        return mails.list(null, 500).stream().filter(m -> m.recipient().contains("." + run + "@")).toList();
    }

    private List<Mail> mailsTo(String recipient) {
        return mails.list(null, 500).stream().filter(m -> m.recipient().equals(recipient)).toList();
    }

    private double skipped(String kind, String reason) {
        var counter = meters.find("traam.mail.skipped").tag("kind", kind).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    /**
     * Waits until this context's consumer group holds every partition of traam.groups: from then on, reading from the end
     * as a deployment does, it sees every event published, and only those.
     */
    private void assigned() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers()))) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                Set<TopicPartition> partitions = admin.describeTopics(List.of(Topics.GROUPS)).allTopicNames().get()
                        .get(Topics.GROUPS).partitions().stream().map(p -> new TopicPartition(Topics.GROUPS, p.partition()))
                        .collect(Collectors.toSet());
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(CONSUMER_GROUP)).all().get().get(CONSUMER_GROUP);
                Set<TopicPartition> held = group.members().stream().flatMap(m -> m.assignment().topicPartitions().stream())
                        .collect(Collectors.toSet());
                return group.groupState() == GroupState.STABLE && held.containsAll(partitions);
            });
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

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

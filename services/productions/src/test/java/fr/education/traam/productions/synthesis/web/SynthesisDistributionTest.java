package fr.education.traam.productions.synthesis.web;

import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.mail.Mail;
import fr.education.traam.mail.MailStatus;
import fr.education.traam.mail.Mails;
import fr.education.traam.productions.production.web.LyonGroupOverHttp;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.Teams;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TestSmtpServer;
import fr.education.traam.testkit.TraamInfrastructure;
import fr.education.traam.campaignview.Campaigns;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.productions.production.web.LyonGroupOverHttp.ifMatch;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A theme synthesis, written by the theme's leading expert and validated by a second expert of the national group,
 * reaches a real SMTP server once per recipient when it is published: each member of the theme's groups (one mail for
 * one person seated twice), each institution the settings name; a member erased is listed unreachable; the delivery
 * log says it all to the experts, names no member's address, and is refused to the others. A redelivered publication
 * sends nothing twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "traam.mail.enabled=true",
        "traam.mail.retries=1s,2s",
        "traam.mail.poll-interval=200ms",
        "traam.productions.synthesis.institutions[0].organisation=IGESR",
        "traam.productions.synthesis.institutions[0].name=Inspection générale de l'éducation, du sport et de la recherche",
        "traam.productions.synthesis.institutions[0].address=igesr@traam.test",
        "traam.productions.synthesis.institutions[1].organisation=DGESCO",
        "traam.productions.synthesis.institutions[1].address=dgesco@traam.test",
        "traam.productions.synthesis.institutions[2].organisation=IH2EF",
        "traam.productions.synthesis.institutions[2].address=ih2ef@traam.test",
        // A group of this context's own, from the topic's beginning: another test context in the service's group, with
        // other institutions and its relay off, would otherwise take the publications it follows.
        "spring.cloud.stream.bindings.synthesisDistribution-in-0.group=synthesis-distribution-test"})
// A database of its own too: the distribution is recorded once per event, by whichever context handles it first.
@TraamInfrastructure(database = "traam-productions-synthesis-test")
class SynthesisDistributionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final TestSmtpServer SMTP = new TestSmtpServer();
    private static final String SUBJECT = "TraAM : la synthèse du thème « IA et écriture » est publiée";

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
    Mails mails;
    @Autowired
    EventPublisher publisher;

    LyonGroupOverHttp lyon;
    ApiClient api;
    String nationalGroup;
    String secondExpert;
    String secondExpertAddress;
    String referentAddress;
    String teacherAddress;
    String inspectorAddress;

    @BeforeEach
    void theThemeAndItsGroups() {
        SMTP.start();
        lyon = new LyonGroupOverHttp(port, campaigns, teams, identities);
        api = lyon.api;
        Team lyonTeam = teams.find(lyon.lyonGroup).orElseThrow();
        String s = lyon.suffix;
        teacherAddress = "paul.martin." + s + "@ac-lyon.fr";
        inspectorAddress = "helene.robert." + s + "@ac-lyon.fr";
        secondExpertAddress = "lea.fontaine." + s + "@education.gouv.fr";
        referentAddress = "marc.dupuis." + s + "@ac-grenoble.fr";
        identities.identified("m-expert-" + s, secondExpertAddress, null);
        identities.identified("m-referent-" + s, referentAddress, null);
        identities.identified("m-erased-" + s, "gone." + s + "@ac-lyon.fr", null);
        identities.erased("m-erased-" + s);
        nationalGroup = "group-national-" + UUID.randomUUID();
        // Lyon's teacher sits in the national group too: one person, one member id, one mail.
        teams.save(new Team(nationalGroup, GroupKind.NATIONAL, lyonTeam.campaignId(), lyonTeam.themeId(), null, List.of(
                new Team.Seat("m-expert-" + s, MemberRole.DNE_EXPERT),
                new Team.Seat("m-referent-" + s, MemberRole.REFERENT),
                new Team.Seat("m-teacher-" + s, MemberRole.REFERENT),
                new Team.Seat("m-erased-" + s, MemberRole.INSPECTOR_GENERAL)), true, List.of()));
        secondExpert = TestInfrastructure.tokens().bearerOfPerson(List.of("DNE_EXPERT"), null, "sub-" + UUID.randomUUID(),
                secondExpertAddress);
    }

    @AfterEach
    void smtpDown() {
        SMTP.stop();
    }

    @Test
    void a_published_synthesis_reaches_each_member_of_the_themes_groups_and_each_institution_once_and_the_log_says_so() throws Exception {
        try (KafkaTopicProbe topic = new KafkaTopicProbe("traam.productions")) {
            String id = publishedSynthesis();

            List<String> reached = List.of(teacherAddress, inspectorAddress, secondExpertAddress, referentAddress,
                    "igesr@traam.test", "dgesco@traam.test", "ih2ef@traam.test");
            await().atMost(PATIENCE).until(() -> reached.stream().allMatch(a -> !about(id, a).isEmpty()));
            for (String address : reached) {
                assertThat(about(id, address)).as(address).hasSize(1);
            }
            assertThat(SMTP.mailbox("gone." + lyon.suffix + "@ac-lyon.fr")).as("an erased member").isEmpty();

            MimeMessage toTeacher = about(id, teacherAddress).get(0);
            assertThat(toTeacher.getSubject()).isEqualTo(SUBJECT);
            TestSmtpServer.Parts teacherParts = TestSmtpServer.Parts.of(toTeacher);
            String page = "http://localhost:8080/productions/" + id;
            assertThat(teacherParts.text()).contains("« Ce que les groupes ont appris »", page,
                    "membre d'un groupe de travail du thème (le groupe national du thème)");
            assertThat(teacherParts.html()).contains("lang=\"fr\"", "href=\"" + page + "\"");
            assertThat(TestSmtpServer.Parts.of(about(id, inspectorAddress).get(0)).text())
                    .contains("(le groupe de l'académie de Lyon)");
            assertThat(TestSmtpServer.Parts.of(about(id, "igesr@traam.test").get(0)).text())
                    .contains("Elle vous est adressée (Inspection générale de l'éducation, du sport et de la recherche)");
            for (String address : reached) {
                String text = TestSmtpServer.Parts.of(about(id, address).get(0)).text();
                assertThat(reached.stream().filter(other -> !other.equals(address)))
                        .as("no other recipient's address in the mail to " + address).noneMatch(text::contains);
            }

            // The log, once every mail is sent: seven reached, the erased member listed without an address.
            JsonNode log = await().atMost(PATIENCE).until(() -> JSON.readTree(
                    api.send("GET", "/api/productions/" + id + "/distribution", lyon.expert, null).body()),
                    l -> l.path("counts").path("sent").asInt() == 7);
            assertThat(log.get("counts").get("recipients").asInt()).isEqualTo(8);
            assertThat(log.get("counts").get("reachable").asInt()).isEqualTo(7);
            List<String> statuses = new ArrayList<>();
            log.get("recipients").forEach(r -> statuses.add(r.get("kind").asString() + " " + (r.get("kind").asString()
                    .equals("INSTITUTION") ? r.get("organisation").asString() + " " + r.get("address").asString()
                    : r.get("memberId").asString() + " " + r.get("groupId").asString()) + " " + r.get("status").asString()));
            String s = lyon.suffix;
            assertThat(statuses).containsExactly(
                    "GROUP_MEMBER m-expert-" + s + " " + nationalGroup + " SENT",
                    "GROUP_MEMBER m-referent-" + s + " " + nationalGroup + " SENT",
                    "GROUP_MEMBER m-teacher-" + s + " " + nationalGroup + " SENT",
                    "GROUP_MEMBER m-erased-" + s + " " + nationalGroup + " NO_ADDRESS",
                    "GROUP_MEMBER m-inspector-" + s + " " + lyon.lyonGroup + " SENT",
                    "INSTITUTION IGESR igesr@traam.test SENT",
                    "INSTITUTION DGESCO dgesco@traam.test SENT",
                    "INSTITUTION IH2EF ih2ef@traam.test SENT");
            assertThat(log.toString()).as("no member's address in the log").doesNotContain("@ac-lyon.fr", "@ac-grenoble.fr",
                    secondExpertAddress);

            // The same publication delivered again: the mails are those of the first delivery, and no more.
            ConsumerRecord<String, byte[]> event = topic.awaitRecords(r -> KafkaTopicProbe.header(r, CloudEventHeaders.TYPE)
                    .endsWith(".production-published.v1") && id.equals(r.key()), 1, PATIENCE).get(0);
            String eventId = KafkaTopicProbe.header(event, CloudEventHeaders.ID);
            publisher.publish(copyOf(event, eventId));
            // A later event of the same production behind it on its partition: once it is handled, so was the copy.
            String marker = UUID.randomUUID().toString();
            publisher.publish(copyOf(event, marker));
            await().atMost(PATIENCE).until(() -> synthesisMails(marker).size() == 7
                    && synthesisMails(marker).stream().allMatch(m -> m.status() == MailStatus.SENT));
            assertThat(synthesisMails(eventId)).hasSize(7);
            assertThat(about(id, teacherAddress)).as("the first delivery's mail and the marker's").hasSize(2);
            assertThat(about(id, "igesr@traam.test")).hasSize(2);
        }
    }

    @Test
    void the_log_is_the_themes_experts_and_operators_and_only_a_published_synthesis_has_one() throws Exception {
        String id = publishedSynthesis();
        assertProblem(api.send("GET", "/api/productions/" + id + "/distribution", lyon.teacher, null), 403,
                "not-a-distribution-reader");
        assertThat(api.send("GET", "/api/productions/" + id + "/distribution", null, null).statusCode()).isEqualTo(401);
        String operator = TestInfrastructure.tokens().bearer("OPERATOR");
        await().atMost(PATIENCE).until(() -> api.send("GET", "/api/productions/" + id + "/distribution", operator, null)
                .statusCode() == 200);

        String scenario = LyonGroupOverHttp.id(lyon.drafted("Un scénario"));
        assertProblem(api.send("GET", "/api/productions/" + scenario + "/distribution", operator, null), 404,
                "synthesis-not-distributed");
        assertProblem(api.send("GET", "/api/productions/nope/distribution", operator, null), 404, "production-not-found");
    }

    /**
     * The mails to {@code address} about production {@code id}: the institutions' addresses are the same in every
     * test, and mails of an earlier test may still arrive.
     */
    private static List<MimeMessage> about(String id, String address) {
        return SMTP.mailbox(address).stream().filter(m -> subjectOf(m).equals(SUBJECT)
                && TestSmtpServer.Parts.of(m).text().contains("/productions/" + id)).toList();
    }

    /** The synthesis mails an event caused (the same publication also mails its authors that it moved). */
    private List<Mail> synthesisMails(String eventId) {
        return mails.list(null, 1000).stream().filter(m -> m.eventId().equals(eventId) && m.kind().equals("synthesis-published"))
                .toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The leading expert writes the synthesis and submits it, the second expert approves it, it is published. */
    private String publishedSynthesis() {
        HttpResponse<String> drafted = api.send("POST", "/api/productions", lyon.expert, "{\"groupId\":\"" + nationalGroup
                + "\",\"type\":\"SYNTHESIS\",\"title\":\"Ce que les groupes ont appris\",\"summary\":\"Deux ans d'écriture avec l'IA.\","
                + "\"disciplines\":[\"Lettres\"],\"levels\":[\"CINQUIEME\"],\"competences\":[\"3.1\"],"
                + "\"content\":{\"synthesis\":{\"sections\":[{\"heading\":\"Ce que disent les scénarios\",\"text\":\"Les élèves comparent.\"}]}}}");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String id = LyonGroupOverHttp.id(drafted);
        HttpResponse<String> submitted = ok(api.send("POST", "/api/productions/" + id + "/submission", lyon.expert, null, ifMatch(drafted)));
        HttpResponse<String> approved = ok(api.send("POST", "/api/productions/" + id + "/reviews", secondExpert,
                "{\"verdict\":\"APPROVED\"}", ifMatch(submitted)));
        HttpResponse<String> answered = ok(api.send("PUT", "/api/productions/" + id + "/publication-checks", lyon.expert,
                checks(), ifMatch(approved)));
        ok(api.send("POST", "/api/productions/" + id + "/publication", lyon.expert, null, ifMatch(answered)));
        return id;
    }

    private static String checks() {
        StringBuilder items = new StringBuilder();
        for (String code : List.of("CN-1", "CN-2", "CN-3", "BP1-1", "TC-2", "TC-3", "IM-1", "IM-2", "IM-3", "TF-1", "TF-2", "CD-1", "CD-2")) {
            items.append(items.length() == 0 ? "" : ",").append('"').append(code).append("\":\"")
                    .append(code.startsWith("TF") ? "NOT_APPLICABLE" : "YES").append('"');
        }
        return "{\"licence\":\"CC-BY-4.0\",\"accessibility\":{" + items + "},\"resources\":[],\"noPupilNamed\":true}";
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(200);
        return response;
    }

    private static PendingEvent copyOf(ConsumerRecord<String, byte[]> record, String id) {
        return new PendingEvent(id, KafkaTopicProbe.header(record, CloudEventHeaders.TYPE),
                KafkaTopicProbe.header(record, CloudEventHeaders.SOURCE), record.topic(), record.key(),
                Instant.parse(KafkaTopicProbe.header(record, CloudEventHeaders.TIME)),
                new String(record.value(), StandardCharsets.UTF_8));
    }
}

package fr.education.traam.groups.privacy.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.Topics;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.privacy.Seeds;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rights of access and erasure over real HTTP with really signed tokens, on the real broker and MongoDB server: a
 * teacher sits in Lyon's open academic group and sat in Grenoble's, closed; an operator or either académie's DAN sees
 * all the service holds on them and erases them, after which no collection of the database holds their name or address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-groups-test")
class PersonalDataApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;
    @Autowired
    People people;
    @Autowired
    WorkingGroups groups;
    @Autowired
    MongoTemplate mongo;

    private final String operator = TestInfrastructure.tokens().bearer("OPERATOR");
    private final String danOfLyon = TestInfrastructure.tokens().bearer("DAN", "10");
    private final String danOfGrenoble = TestInfrastructure.tokens().bearer("DAN", "08");
    private final String danOfLille = TestInfrastructure.tokens().bearer("DAN", "09");
    private ApiClient api;
    private Person teacher;
    private WorkingGroup lyon;
    private WorkingGroup grenoble;

    @BeforeEach
    void aTeacherSitsInLyonsGroupAndSatInGrenobles() {
        api = new ApiClient(port);
        Seeds seeds = new Seeds(campaigns, people, groups);
        String campaignId = seeds.campaignClosing(LocalDate.of(2029, 7, 6));
        String earlier = seeds.campaignClosing(LocalDate.of(2028, 7, 7));
        teacher = seeds.person("Maelle Kerbrat", "ac-lyon.fr");
        lyon = seeds.academicGroup(campaignId, "10", "Lyon", teacher);
        grenoble = seeds.closed(seeds.academicGroup(earlier, "08", "Grenoble", teacher));
    }

    @Test
    void an_operator_sees_everything_held_on_a_person_and_the_dan_of_either_académie_the_same_by_address() {
        HttpResponse<String> byId = api.get(person(teacher), operator);
        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
        JsonNode data = JSON.readTree(byId.body());
        assertThat(data.get("person").get("memberId").asString()).isEqualTo(teacher.id().value());
        assertThat(data.get("person").get("name").asString()).isEqualTo(teacher.name());
        assertThat(data.get("person").get("email").asString()).isEqualTo(teacher.email().value());
        assertThat(data.get("person").get("erased").asBoolean()).isFalse();
        assertThat(data.get("memberships")).hasSize(2);
        JsonNode inLyon = membershipIn(data, lyon);
        assertThat(inLyon.get("kind").asString()).isEqualTo("ACADEMIC");
        assertThat(inLyon.get("academy").get("code").asString()).isEqualTo("10");
        assertThat(inLyon.get("role").asString()).isEqualTo("TEACHER");
        assertThat(inLyon.get("groupState").asString()).isEqualTo("ACTIVE");
        assertThat(inLyon.get("since").asString()).isNotBlank();
        assertThat(inLyon.get("stints").get(0).get("campaignId").asString()).isEqualTo(lyon.current().campaignId().value());
        assertThat(inLyon.get("stints").get(0).get("themeId").asString()).isEqualTo(Seeds.THEME);
        JsonNode inGrenoble = membershipIn(data, grenoble);
        assertThat(inGrenoble.get("groupState").asString()).isEqualTo("CLOSED");
        assertThat(inGrenoble.get("closingReason").asString()).isEqualTo("NOT_RETAINED");

        for (String dan : List.of(danOfLyon, danOfGrenoble)) {
            HttpResponse<String> byEmail = api.get(byEmail(teacher.email().value()), dan);
            assertThat(byEmail.statusCode()).as(byEmail.body()).isEqualTo(200);
            assertThat(JSON.readTree(byEmail.body())).isEqualTo(data);
        }
    }

    @Test
    void anyone_else_is_refused_and_an_unknown_person_is_not_found() {
        assertProblem(api.get(person(teacher), danOfLille), 403, "not-entitled");
        assertProblem(api.get(byEmail(teacher.email().value()), danOfLille), 403, "not-entitled");
        assertProblem(api.send("POST", person(teacher) + "/erasure", danOfLille, null), 403, "not-entitled");
        String inspectorOfLyon = TestInfrastructure.tokens().bearer("ACADEMIC_INSPECTOR", "10");
        assertProblem(api.get(person(teacher), inspectorOfLyon), 403, "forbidden");
        String theTeacherThemself = TestInfrastructure.tokens().bearerOfPerson(List.of("TEACHER"), "10", "teacher-sub",
                teacher.email().value());
        assertProblem(api.send("POST", person(teacher) + "/erasure", theTeacherThemself, null), 403, "forbidden");
        assertThat(api.get(person(teacher), null).statusCode()).isEqualTo(401);

        assertProblem(api.get("/api/groups/people/no-such-member", operator), 404, "person-not-found");
        assertProblem(api.send("POST", "/api/groups/people/no-such-member/erasure", operator, null), 404, "person-not-found");
        assertProblem(api.get(byEmail("nobody.here@ac-lyon.fr"), operator), 404, "person-not-found");
        assertViolation(api.get(byEmail("not-an-address"), operator), "email");
        assertThat(people.find(teacher.id()).orElseThrow().erased()).isFalse();
    }

    @Test
    void the_dan_erases_a_person_who_leaves_the_open_group_and_whose_name_and_address_no_collection_holds_any_more() {
        String name = teacher.name();
        String email = teacher.email().value();
        // The mail of their joining the group may be stored by now, or not yet (it follows the group's event).
        assertThat(collectionsHolding(name)).as("the scan sees what it looks for").contains("people").isSubsetOf("people", "mails");
        assertThat(collectionsHolding(email)).contains("people").isSubsetOf("people", "mails");

        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.GROUPS)) {
            HttpResponse<String> erased = api.send("POST", person(teacher) + "/erasure", danOfLyon, null);

            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
            JsonNode left = JSON.readTree(erased.body());
            assertThat(left.get("person").get("name").asString()).isEqualTo(Person.PSEUDONYM);
            assertThat(left.get("person").get("email").isNull()).isTrue();
            assertThat(left.get("person").get("erased").asBoolean()).isTrue();
            assertThat(left.get("memberships")).as("only the closed group keeps the id").hasSize(1);
            assertThat(membershipIn(left, grenoble).get("groupState").asString()).isEqualTo("CLOSED");

            WorkingGroup lyonNow = groups.find(lyon.id()).orElseThrow();
            assertThat(lyonNow.member(teacher.id())).isEmpty();
            assertThat(groups.find(grenoble.id()).orElseThrow().member(teacher.id())).isPresent();

            List<ConsumerRecord<String, byte[]>> events = topic.awaitRecords(r -> lyon.id().value().equals(r.key())
                    && !KafkaTopicProbe.header(r, CloudEventHeaders.TYPE).endsWith("working-group-formed.v1"), 2, PATIENCE);
            assertThat(events).extracting(r -> KafkaTopicProbe.header(r, CloudEventHeaders.TYPE)).containsExactly(
                    "fr.education.traam.groups.member-left.v1", "fr.education.traam.groups.group-composition-changed.v1");
            JsonNode memberLeft = JSON.readTree(KafkaTopicProbe.value(events.get(0)));
            assertThat(memberLeft.get("member").get("memberId").asString()).isEqualTo(teacher.id().value());
            assertThat(memberLeft.get("reason").asString()).isEqualTo("REMOVED");
            assertThat(KafkaTopicProbe.value(events.get(1))).contains("TOO_FEW_TEACHERS");
        }

        // At once but for a mail whose consumer read the person just before the erasure: it deletes it once stored.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(collectionsHolding(name)).as("no collection holds the name").isEmpty());
        assertThat(collectionsHolding(email)).as("no collection holds the address").isEmpty();
        assertThat(collectionsHolding(email.substring(0, email.indexOf('@')))).isEmpty();
        assertProblem(api.get(byEmail(email), operator), 404, "person-not-found");
        assertThat(JSON.readTree(api.send("POST", person(teacher) + "/erasure", operator, null).body()))
                .as("erasing again changes nothing").isEqualTo(JSON.readTree(api.get(person(teacher), operator).body()));
    }

    /** Every collection of the test database one of whose documents, outbox included, holds {@code text} in its JSON. */
    private Set<String> collectionsHolding(String text) {
        Set<String> holding = new TreeSet<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                if (document.toJson().toLowerCase().contains(text.toLowerCase())) {
                    holding.add(collection);
                }
            }
        }
        return holding;
    }

    private static JsonNode membershipIn(JsonNode data, WorkingGroup group) {
        return data.get("memberships").valueStream().filter(m -> m.get("groupId").asString().equals(group.id().value()))
                .findFirst().orElseThrow(() -> new AssertionError("no membership in " + group.id() + ": " + data));
    }

    private static String person(Person person) {
        return "/api/groups/people/" + person.id().value();
    }

    private static String byEmail(String email) {
        return "/api/groups/people?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
    }
}

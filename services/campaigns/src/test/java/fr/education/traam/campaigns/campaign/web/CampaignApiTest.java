package fr.education.traam.campaigns.campaign.web;

import fr.education.traam.campaigns.campaign.application.AdvancingPhases;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventSchemas;
import fr.education.traam.contract.Topics;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

/** The campaigns API over real HTTP, with really signed tokens, a real broker and a real MongoDB server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-campaigns-test")
class CampaignApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    AdvancingPhases advancing;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void an_expert_drafts_a_campaign_with_two_themes_and_opens_its_call_and_each_change_is_published() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");

        HttpResponse<String> created = send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode campaign = JSON.readTree(created.body());
        String id = campaign.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/campaigns/" + id));
        assertThat(campaign.get("phase").asString()).isEqualTo("DRAFT");
        assertThat(campaign.get("themes")).hasSize(2);

        HttpResponse<String> opened = send("POST", "/api/campaigns/" + id + "/phase-transitions", expert, "{\"to\":\"CALL_OPEN\"}");
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(opened.body()).get("phase").asString()).isEqualTo("CALL_OPEN");

        HttpResponse<String> publicList = send("GET", "/api/campaigns?size=100", null, null);
        assertThat(publicList.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(publicList.body()).get("items").valueStream().map(c -> c.get("id").asString())).contains(id);
        assertThat(JSON.readTree(send("GET", "/api/campaigns/" + id + "/themes/ia-et-ecriture", null, null).body())
                .get("capacity").asInt()).isEqualTo(6);

        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CAMPAIGNS)) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(r -> id.equals(r.key()), 2, Duration.ofSeconds(30));
            assertThat(records).map(r -> KafkaTopicProbe.header(r, CloudEventHeaders.TYPE)).containsExactly(
                    "fr.education.traam.campaigns.campaign-created.v1", "fr.education.traam.campaigns.campaign-phase-advanced.v1");
            assertThat(records).allSatisfy(record -> {
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/traam/campaigns");
                assertThat(EventSchemas.violations(EventCatalogue.byType(KafkaTopicProbe.header(record, CloudEventHeaders.TYPE))
                        .orElseThrow(), record.value())).isEmpty();
            });
        }
    }

    @Test
    void links_name_the_gateway_the_client_called_through() {
        HttpRequest request = HttpRequest.newBuilder(api.uri("/api/campaigns"))
                .POST(HttpRequest.BodyPublishers.ofString(CampaignJson.withTwoThemes()))
                .header("Content-Type", "application/json")
                .header("Authorization", TestInfrastructure.tokens().bearer("DNE_EXPERT"))
                .header("X-Forwarded-Host", "traam.example.fr").header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")
                .build();

        HttpResponse<String> created = api.send(request);

        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://traam.example.fr/api/campaigns/"));
    }

    @Test
    void anyone_reads_but_a_write_without_a_token_is_401_and_with_the_wrong_role_403() {
        assertThat(send("GET", "/api/campaigns", null, null).statusCode()).isEqualTo(200);

        assertProblem(send("POST", "/api/campaigns", null, CampaignJson.withTwoThemes()), 401, "unauthorized");
        assertProblem(send("POST", "/api/campaigns", TestInfrastructure.tokens().bearer("TEACHER"),
                CampaignJson.withTwoThemes()), 403, "forbidden");
        assertProblem(send("POST", "/api/campaigns", TestInfrastructure.tokens().bearer("INSPECTOR_GENERAL"),
                CampaignJson.withTwoThemes()), 403, "forbidden");
    }

    @Test
    void an_expired_token_or_one_signed_by_another_key_is_401() {
        assertProblem(send("POST", "/api/campaigns", TestInfrastructure.tokens().expired("DNE_EXPERT"),
                CampaignJson.withTwoThemes()), 401, "unauthorized");
        assertProblem(send("POST", "/api/campaigns", TestInfrastructure.tokens().signedByAStranger("DNE_EXPERT"),
                CampaignJson.withTwoThemes()), 401, "unauthorized");
        assertProblem(send("GET", "/api/campaigns", TestInfrastructure.tokens().signedByAStranger("DNE_EXPERT"), null), 401, "unauthorized");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        HttpResponse<String> response = send("POST", "/api/campaigns", TestInfrastructure.tokens().bearer("DNE_EXPERT"), "{\"title\": ");

        assertProblem(response, 400, "malformed-json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at fr.");
    }

    @Test
    void a_missing_or_invalid_field_is_a_400_problem_that_names_it() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");

        assertViolation(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes().replace("\"title\":\"TraAM 2027-2028\",", "")), "title");
        assertViolation(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes("2027-2029")), "schoolYear");
        assertViolation(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes().replace("INTERDISCIPLINARY", "ARTISTIC")), "themes[0].kind");
        assertViolation(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes().replace("\"capacity\":6", "\"capacity\":0")), "themes[1].capacity");
        assertViolation(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes().replace("2027-05-14", "2027-03-01")), "calendar.academicSelectionDeadline");
        assertViolation(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes().replace("2027-09-01", "le premier septembre")), "calendar.launch");
    }

    @Test
    void an_invalid_phase_move_is_a_409_problem_and_an_unknown_campaign_a_404() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
        String id = JSON.readTree(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes()).body()).get("id").asString();

        assertThat(assertProblem(send("POST", "/api/campaigns/" + id + "/phase-transitions", expert, "{\"to\":\"YEAR_ONE\"}"), 409,
                "invalid-phase-transition").get("title").asString()).isEqualTo("Invalid phase transition");
        assertProblem(send("GET", "/api/campaigns/" + UUID.randomUUID(), null, null), 404, "campaign-not-found");
    }

    @Test
    void a_second_campaign_for_a_school_year_is_a_409_problem_naming_the_first_and_nothing_is_stored() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
        String schoolYear = CampaignJson.freshSchoolYear();
        String first = JSON.readTree(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes(schoolYear)).body())
                .get("id").asString();

        JsonNode problem = assertProblem(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes(schoolYear)), 409,
                "school-year-taken");

        assertThat(problem.get("campaign").asString()).isEqualTo(first);
        assertThat(problem.get("detail").asString()).contains(schoolYear);
        assertThat(JSON.readTree(send("GET", "/api/campaigns?size=100", null, null).body()).get("items").valueStream()
                .filter(c -> schoolYear.equals(c.get("schoolYear").asString()))).hasSize(1);
    }

    @Test
    void a_theme_s_disciplines_are_answered_and_published_by_their_canonical_labels() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
        String body = CampaignJson.withTwoThemes().replace("[\"Lettres\",\"Philosophie\"]", "[\"svt\",\"maths\",\"SVT\"]");

        HttpResponse<String> created = send("POST", "/api/campaigns", expert, body);

        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        JsonNode stored = JSON.readTree(send("GET", "/api/campaigns/" + id + "/themes/ia-et-ecriture", null, null).body());
        assertThat(stored.get("disciplines").valueStream().map(JsonNode::asString))
                .containsExactly("Sciences de la vie et de la Terre", "Mathématiques");
        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CAMPAIGNS)) {
            ConsumerRecord<String, byte[]> createdEvent = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
            JsonNode themes = JSON.readTree(createdEvent.value()).get("themes");
            assertThat(themes.get(0).get("disciplines").valueStream().map(JsonNode::asString))
                    .containsExactly("Sciences de la vie et de la Terre", "Mathématiques");
        }
    }

    @Test
    void an_unknown_discipline_is_a_422_problem_naming_it_and_pointing_to_the_public_list() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
        String body = CampaignJson.withTwoThemes().replace("[\"Lettres\",\"Philosophie\"]", "[\"Lettres\",\"Astrologie\"]");

        JsonNode problem = assertProblem(send("POST", "/api/campaigns", expert, body), 422, "unknown-discipline");

        assertThat(problem.get("detail").asString()).contains("Astrologie").doesNotContain("Lettres");
        assertThat(problem.get("unknownDisciplines").valueStream().map(JsonNode::asString)).containsExactly("Astrologie");
        String list = problem.get("disciplineList").asString();
        assertThat(list).isEqualTo("/api/campaigns/disciplines");
        HttpResponse<String> disciplines = send("GET", list, null, null);
        assertThat(disciplines.statusCode()).isEqualTo(200);
        JsonNode svt = JSON.readTree(disciplines.body()).valueStream()
                .filter(d -> d.get("label").asString().equals("Sciences de la vie et de la Terre")).findFirst().orElseThrow();
        assertThat(svt.get("aliases").valueStream().map(JsonNode::asString)).contains("SVT");
        assertThat(JSON.readTree(disciplines.body()).valueStream().map(d -> d.get("label").asString()))
                .contains("Sciences numériques et technologie").doesNotContain("Astrologie");
    }

    @Test
    void inspectors_general_revise_themes_but_do_not_add_them() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
        String inspector = TestInfrastructure.tokens().bearer("INSPECTOR_GENERAL");
        String id = JSON.readTree(send("POST", "/api/campaigns", expert, CampaignJson.withTwoThemes()).body()).get("id").asString();

        HttpResponse<String> revised = send("PUT", "/api/campaigns/" + id + "/themes/ia-et-ecriture", inspector,
                CampaignJson.theme("IA et écriture", "INTERDISCIPLINARY", "[\"Lettres\",\"Philosophie\"]", 8));
        assertThat(revised.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(send("GET", "/api/campaigns/" + id, null, null).body()).get("themes").get(0).get("capacity").asInt()).isEqualTo(8);
        assertProblem(send("POST", "/api/campaigns/" + id + "/themes", inspector,
                CampaignJson.theme("Histoire et cartes", "DISCIPLINARY", "[\"Histoire-géographie\"]", 6)), 403, "forbidden");
    }

    @Test
    void the_calendar_moves_a_campaign_whose_dates_have_passed() {
        String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
        String body = CampaignJson.withTwoThemes("2020-2021").replace("2027-", "2020-").replace("2028-", "2021-").replace("2029-", "2022-");
        String id = JSON.readTree(send("POST", "/api/campaigns", expert, body).body()).get("id").asString();

        advancing.followCalendar();

        assertThat(JSON.readTree(send("GET", "/api/campaigns/" + id, null, null).body()).get("phase").asString()).isEqualTo("CLOSED");
        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CAMPAIGNS)) {
            assertThat(topic.awaitRecords(r -> id.equals(r.key()), 7, Duration.ofSeconds(30)))
                    .map(r -> KafkaTopicProbe.header(r, CloudEventHeaders.TYPE)).last().asString().endsWith("campaign-phase-advanced.v1");
        }
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) {
        return api.send(method, path, authorization, body);
    }
}

package fr.education.traam.candidatures.candidature.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.candidatures.candidature.CandidatureMother;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventSchemas;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignPhase;
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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidatures API over real HTTP, with really signed tokens, a real broker and a real MongoDB server.
 * Each test learns a campaign of its own, stored in the view as the campaign-events consumer would store it
 * (the consumer itself is {@code CampaignEventsConsumerTest}'s business).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class CandidatureApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AI = CandidatureMother.AI_AND_WRITING.value();
    private static final String CLIMATE = CandidatureMother.CLIMATE_YEAR_TWO.value();

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;

    private final String lyon = TestInfrastructure.tokens().bearer("DAN", "10");
    private final String grenoble = TestInfrastructure.tokens().bearer("DAN", "08");
    private final String expert = TestInfrastructure.tokens().bearer("DNE_EXPERT");
    private String campaignId;

    @BeforeEach
    void learnAnOpenCampaign() {
        campaignId = "campaign-" + UUID.randomUUID();
        campaigns.save(CandidatureMother.openCall(campaignId));
    }

    @Test
    void a_dan_submits_revises_and_withdraws_their_academie_s_candidature_and_each_change_is_published() throws Exception {
        HttpResponse<String> submitted = send("POST", "/api/candidatures", lyon, CandidatureJson.submission(campaignId, AI));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode candidature = JSON.readTree(submitted.body());
        String id = candidature.get("id").asString();
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/candidatures/" + id));
        assertThat(candidature.at("/academy/code").asString()).isEqualTo("10");
        assertThat(candidature.at("/academy/name").asString()).isEqualTo("Lyon");
        assertThat(candidature.get("kind").asString()).isEqualTo("APPLICATION");
        assertThat(candidature.get("source").asString()).isEqualTo("FORM");
        assertThat(candidature.at("/team/teachers")).hasSize(3);

        HttpResponse<String> revised = send("PUT", "/api/candidatures/" + id, lyon, CandidatureJson.revision("Écrire avec l'IA au lycée"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(JSON.readTree(send("GET", "/api/candidatures/" + id, lyon, null).body()).at("/projects/0/title").asString())
                .isEqualTo("Écrire avec l'IA au lycée");

        assertThat(send("DELETE", "/api/candidatures/" + id, lyon, null).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(send("GET", "/api/candidatures/" + id, expert, null).body()).get("status").asString()).isEqualTo("WITHDRAWN");

        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURES)) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
            assertThat(records).map(r -> KafkaTopicProbe.header(r, CloudEventHeaders.TYPE)).containsExactly(
                    "fr.education.traam.candidatures.candidature-submitted.v1",
                    "fr.education.traam.candidatures.candidature-revised.v1",
                    "fr.education.traam.candidatures.candidature-withdrawn.v1");
            assertThat(records).allSatisfy(record -> {
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/traam/candidatures");
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
                assertThat(EventSchemas.violations(EventCatalogue.byType(KafkaTopicProbe.header(record, CloudEventHeaders.TYPE))
                        .orElseThrow(), record.value())).isEmpty();
                assertThat(KafkaTopicProbe.value(record)).as("the team's personal data stays here").doesNotContain("@ac-lyon.fr");
            });
        }
    }

    @Test
    void an_academie_has_one_live_candidature_per_theme_and_may_apply_again_after_withdrawing() throws Exception {
        String first = JSON.readTree(send("POST", "/api/candidatures", lyon, CandidatureJson.submission(campaignId, AI)).body())
                .get("id").asString();

        assertProblem(send("POST", "/api/candidatures", lyon, CandidatureJson.submission(campaignId, AI)), 409, "candidature-exists");
        assertThat(send("POST", "/api/candidatures", grenoble, CandidatureJson.submission(campaignId, AI)).statusCode())
                .as("another académie applies to the same theme").isEqualTo(201);

        assertThat(send("DELETE", "/api/candidatures/" + first, lyon, null).statusCode()).isEqualTo(204);
        assertThat(send("POST", "/api/candidatures", lyon, CandidatureJson.submission(campaignId, AI)).statusCode()).isEqualTo(201);
        assertProblem(send("DELETE", "/api/candidatures/" + first, lyon, null), 409, "candidature-withdrawn");
    }

    @Test
    void a_dan_touches_only_their_own_academie_s_candidatures() throws Exception {
        String lyons = JSON.readTree(send("POST", "/api/candidatures", lyon, CandidatureJson.submission(campaignId, AI)).body())
                .get("id").asString();
        String grenobles = JSON.readTree(send("POST", "/api/candidatures", grenoble, CandidatureJson.submission(campaignId, AI)).body())
                .get("id").asString();

        assertProblem(send("GET", "/api/candidatures/" + lyons, grenoble, null), 403, "other-academy");
        assertProblem(send("PUT", "/api/candidatures/" + lyons, grenoble, CandidatureJson.revision("Détourné")), 403, "other-academy");
        assertProblem(send("DELETE", "/api/candidatures/" + lyons, grenoble, null), 403, "other-academy");
        assertProblem(send("PUT", "/api/candidatures/" + grenobles, lyon, CandidatureJson.revision("Détourné")), 403, "other-academy");
        assertProblem(send("POST", "/api/candidatures", lyon,
                CandidatureJson.submission(campaignId, CLIMATE).replace("\"themeId\"", "\"academy\":\"08\",\"kind\":\"NEW_ENTRY\",\"themeId\"")),
                403, "other-academy");
        assertProblem(send("GET", "/api/candidatures?academy=08", lyon, null), 403, "other-academy");

        assertThat(ids(send("GET", "/api/candidatures?campaignId=" + campaignId, lyon, null))).containsExactly(lyons);
        assertThat(ids(send("GET", "/api/candidatures?campaignId=" + campaignId, expert, null))).containsExactlyInAnyOrder(lyons, grenobles);
        assertThat(ids(send("GET", "/api/candidatures?campaignId=" + campaignId + "&academy=08", TestInfrastructure.tokens()
                .bearer("INSPECTOR_GENERAL"), null))).containsExactly(grenobles);
        assertThat(JSON.readTree(send("PUT", "/api/candidatures/" + lyons, lyon, CandidatureJson.revision("Toujours lyonnais")).body())
                .at("/projects/0/title").asString()).isEqualTo("Toujours lyonnais");
    }

    @Test
    void only_a_dan_with_an_academie_writes_and_no_one_reads_without_a_token() throws Exception {
        String body = CandidatureJson.submission(campaignId, AI);

        assertProblem(send("POST", "/api/candidatures", null, body), 401, "unauthorized");
        assertProblem(send("GET", "/api/candidatures", null, null), 401, "unauthorized");
        assertProblem(send("POST", "/api/candidatures", TestInfrastructure.tokens().bearer("TEACHER", "10"), body), 403, "forbidden");
        assertProblem(send("POST", "/api/candidatures", expert, body), 403, "forbidden");
        assertProblem(send("GET", "/api/candidatures", TestInfrastructure.tokens().bearer("TEACHER", "10"), null), 403, "forbidden");
        assertProblem(send("POST", "/api/candidatures", TestInfrastructure.tokens().bearer("DAN"), body), 403, "no-academy");
        assertProblem(send("POST", "/api/candidatures", TestInfrastructure.tokens().signedByAStranger("DAN"), body), 401, "unauthorized");
    }

    @Test
    void a_caller_who_may_not_act_is_told_so_before_any_field_error() {
        String invalid = "{\"campaignId\": 12, \"themeId\": null, \"projects\": \"none\"}";
        String teacher = TestInfrastructure.tokens().bearer("TEACHER", "10");

        assertProblem(send("POST", "/api/candidatures", teacher, invalid), 403, "forbidden");
        assertProblem(send("POST", "/api/candidatures", teacher, "{\"campaignId\": "), 403, "forbidden");
        assertProblem(send("PUT", "/api/candidatures/" + UUID.randomUUID(), expert, invalid), 403, "forbidden");
        assertProblem(send("POST", "/api/candidatures", TestInfrastructure.tokens().bearer("DAN", "10"), invalid), 400, "invalid-request");
    }

    @Test
    void candidatures_wait_for_the_call_to_open_and_name_what_they_apply_to() throws Exception {
        String draftId = "campaign-" + UUID.randomUUID();
        campaigns.save(CandidatureMother.inPhase(draftId, CampaignPhase.DRAFT));

        assertProblem(send("POST", "/api/candidatures", lyon, CandidatureJson.submission(draftId, AI)), 409, "call-not-open");
        assertProblem(send("POST", "/api/candidatures", lyon, CandidatureJson.submission("campaign-" + UUID.randomUUID(), AI)),
                404, "campaign-not-found");
        assertProblem(send("POST", "/api/candidatures", lyon, CandidatureJson.submission(campaignId, "theme-inconnu")), 404, "theme-not-found");
        assertProblem(send("GET", "/api/candidatures/" + UUID.randomUUID(), expert, null), 404, "candidature-not-found");
    }

    @Test
    void a_second_year_theme_takes_a_continuation_or_a_new_entry() throws Exception {
        assertViolation(send("POST", "/api/candidatures", lyon, CandidatureJson.submission(campaignId, CLIMATE)), "kind");

        HttpResponse<String> continuation = send("POST", "/api/candidatures", lyon,
                CandidatureJson.submission(campaignId, CLIMATE).replace("\"themeId\"", "\"kind\":\"CONTINUATION\",\"themeId\""));
        assertThat(continuation.statusCode()).as(continuation.body()).isEqualTo(201);
        assertThat(JSON.readTree(continuation.body()).get("kind").asString()).isEqualTo("CONTINUATION");
    }

    @Test
    void an_invalid_field_is_a_400_problem_that_names_it() throws Exception {
        String valid = CandidatureJson.submission(campaignId, AI);

        assertViolation(send("POST", "/api/candidatures", lyon, valid.replace("marc.petit@ac-lyon.fr", "marc.petit@gmail.com")),
                "team.teachers[2].email");
        assertViolation(send("POST", "/api/candidatures", lyon, valid.replace("luc.moreau@ac-lyon.fr", "luc.moreau")), "team.cardie.email");
        assertViolation(send("POST", "/api/candidatures", lyon,
                valid.replace("," + CandidatureJson.THIRD_TEACHER, "")),
                "team.teachers");
        assertViolation(send("POST", "/api/candidatures", lyon, valid.replace("\"3.1\"", "\"1.4\"")), "project.crcnCompetences");
        assertViolation(send("POST", "/api/candidatures", lyon, valid.replace("[\"SECOND_DEGRE\"]", "[]")), "projects[0].schoolLevels");
        assertViolation(send("POST", "/api/candidatures", lyon, valid.replace("IA_IPR", "RECTEUR")), "team.inspector.corps");
        assertViolation(send("POST", "/api/candidatures", lyon, valid.replace("\"themeId\"", "\"academy\":\"99\",\"themeId\"")), "academy");
        assertProblem(send("POST", "/api/candidatures", lyon, "{\"campaignId\": "), 400, "malformed-json");
    }

    @Test
    void a_project_s_disciplines_are_answered_and_published_by_their_canonical_labels() throws Exception {
        String body = CandidatureJson.submission(campaignId, AI).replace("[\"Lettres\"]", "[\"svt\",\"SVT\",\"nsi\"]");

        HttpResponse<String> submitted = send("POST", "/api/candidatures", lyon, body);

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = JSON.readTree(submitted.body()).get("id").asString();
        assertThat(JSON.readTree(send("GET", "/api/candidatures/" + id, lyon, null).body()).at("/projects/0/disciplines")
                .valueStream().map(JsonNode::asString))
                .containsExactly("Sciences de la vie et de la Terre", "Numérique et sciences informatiques");
        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURES)) {
            ConsumerRecord<String, byte[]> submittedEvent = topic.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
            assertThat(JSON.readTree(submittedEvent.value()).at("/projects/0/disciplines").valueStream().map(JsonNode::asString))
                    .containsExactly("Sciences de la vie et de la Terre", "Numérique et sciences informatiques");
        }
    }

    @Test
    void an_unknown_discipline_is_a_422_problem_naming_it_and_nothing_is_stored() throws Exception {
        String body = CandidatureJson.submission(campaignId, AI).replace("[\"Lettres\"]", "[\"Lettres\",\"Astrologie\"]");

        JsonNode problem = assertProblem(send("POST", "/api/candidatures", lyon, body), 422, "unknown-discipline");

        assertThat(problem.get("detail").asString()).contains("Astrologie").doesNotContain("Lettres");
        assertThat(problem.get("unknownDisciplines").valueStream().map(JsonNode::asString)).containsExactly("Astrologie");
        assertThat(problem.get("disciplineList").asString()).isEqualTo("/api/campaigns/disciplines");
        assertThat(ids(send("GET", "/api/candidatures?campaignId=" + campaignId, lyon, null))).isEmpty();
    }

    @Test
    void reference_data_and_the_api_description_are_public() throws Exception {
        HttpResponse<String> academies = send("GET", "/api/candidatures/reference/academies", null, null);
        HttpResponse<String> crcn = send("GET", "/api/candidatures/reference/crcn", null, null);
        HttpResponse<String> apiDocs = send("GET", "/api/candidatures/v3/api-docs", null, null);

        assertThat(academies.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(academies.body())).hasSize(30)
                .anySatisfy(a -> assertThat(a.get("code").asString() + " " + a.get("name").asString()).isEqualTo("25 Versailles"));
        assertThat(crcn.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(crcn.body())).hasSize(16);
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(apiDocs.body()).get("paths").propertyNames())
                .contains("/api/candidatures", "/api/candidatures/{id}", "/api/candidatures/reference/academies");
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(c -> c.get("id").asString()).toList();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) {
        return new ApiClient(port).send(method, path, authorization, body);
    }
}

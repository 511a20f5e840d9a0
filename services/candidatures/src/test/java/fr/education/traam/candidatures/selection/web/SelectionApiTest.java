package fr.education.traam.candidatures.selection.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.CloudEventHeaders;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventDefinition;
import fr.education.traam.contract.EventSchemas;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.candidatures.SelectionAmended;
import fr.education.traam.kit.outbox.EventPublisher;
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

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.education.traam.candidatures.selection.web.SelectionJourney.JSON;
import static fr.education.traam.candidatures.selection.web.SelectionJourney.PATIENCE;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.candidatures.selection.web.SelectionJourney.decision;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's journey over real HTTP with really signed tokens, a real broker and a real MongoDB server: a
 * campaign learnt from {@code traam.campaigns} opens its call, the DANs of eight académies apply to one theme, the
 * campaign enters its national selection, the theme's expert selects six (a seventh is refused) and publishes, and
 * a plain Kafka client reads the decisions on {@code traam.candidatures}, and the selected teams on the restricted
 * {@code traam.candidatures.teams}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-candidatures-test")
class SelectionApiTest {

    private static final String THEME = "ia-et-ecriture";
    /** Paris, Aix-Marseille, Besançon, Bordeaux, Dijon, Grenoble, Lille, Lyon: the first six are selected. */
    private static final List<String> EIGHT = List.of("01", "02", "03", "04", "07", "08", "09", "10");
    private static final List<String> TEAM_NAMES = List.of("Hélène Robert", "Paul Martin", "Inès Benali", "Marc Petit",
            "Sophie Durand", "Luc Moreau");

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Campaigns campaigns;

    private final String expert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, "expert-lettres");
    private SelectionJourney journey;
    private String campaignId;
    private String selection;

    @BeforeEach
    void eightAcademiesApplyThenTheNationalSelectionStarts() throws Exception {
        journey = new SelectionJourney(port, publisher, campaigns);
        campaignId = journey.campaignWithOpenCall(List.of(
                new ThemeDetails(THEME, "IA et écriture", "L'IA générative et l'écriture des élèves", ThemeKind.INTERDISCIPLINARY,
                        List.of("Lettres"), List.of(new DneExpert("expert-lettres", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null),
                new ThemeDetails("donnees-en-mathematiques", "Données en mathématiques", "", ThemeKind.DISCIPLINARY,
                        List.of("Mathématiques"), List.of(new DneExpert("expert-maths", "Awa Traoré")), 6, ThemeCycle.FIRST_YEAR, null)));
        selection = "/api/candidatures/selections/" + campaignId + "/" + THEME;
        for (String academy : EIGHT) {
            journey.apply(campaignId, THEME, academy, null);
        }
        journey.advance(campaignId, CampaignPhase.CALL_OPEN, CampaignPhase.NATIONAL_SELECTION);
    }

    @Test
    void an_expert_selects_six_of_eight_is_refused_a_seventh_publishes_and_a_kafka_client_reads_every_decision() throws Exception {
        assertProblem(journey.send("GET", selection, null, null), 404, "selection-not-published");
        for (String academy : EIGHT.subList(0, 6)) {
            HttpResponse<String> decided = journey.decide(selection, expert, academy, "SELECTED");
            assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        }

        HttpResponse<String> seventh = journey.decide(selection, expert, "09", "SELECTED");
        assertProblem(seventh, 409, "capacity-reached");
        assertThat(JSON.readTree(seventh.body()).get("detail").asString()).contains("at most 6");

        JsonNode sheet = JSON.readTree(journey.send("GET", selection + "/decisions", expert, null).body());
        assertThat(sheet.get("applicants")).hasSize(8);
        assertThat(sheet.get("selectedCount").asInt()).isEqualTo(6);
        assertThat(sheet.get("status").asString()).isEqualTo("DRAFT");

        HttpResponse<String> published = journey.send("POST", selection + "/publication", expert, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(JSON.readTree(published.body()).get("status").asString()).isEqualTo("PUBLISHED");

        String selectionId = campaignId + "/" + THEME;
        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURES)) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(r -> selectionId.equals(r.key()), 9, PATIENCE);
            Map<String, Long> byType = records.stream().collect(Collectors.groupingBy(
                    r -> KafkaTopicProbe.header(r, CloudEventHeaders.TYPE), Collectors.counting()));
            assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "fr.education.traam.candidatures.academy-selected.v2", 6L,
                    "fr.education.traam.candidatures.academy-not-retained.v1", 2L,
                    "fr.education.traam.candidatures.national-selection-published.v1", 1L));
            assertThat(KafkaTopicProbe.header(records.get(8), CloudEventHeaders.TYPE))
                    .as("the summary closes the publication").endsWith("national-selection-published.v1");
            for (ConsumerRecord<String, byte[]> record : records) {
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.ID)).isNotBlank();
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/traam/candidatures");
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
                assertThat(Instant.parse(KafkaTopicProbe.header(record, CloudEventHeaders.TIME))).isNotNull();
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(selectionId);
                assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
                EventDefinition definition = EventCatalogue.byType(KafkaTopicProbe.header(record, CloudEventHeaders.TYPE)).orElseThrow();
                assertThat(EventSchemas.violations(definition, record.value())).as(KafkaTopicProbe.value(record)).isEmpty();
            }
            JsonNode summary = JSON.readTree(records.get(8).value());
            assertThat(summary.get("selected").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(EIGHT.subList(0, 6));
            assertThat(summary.get("notRetained").valueStream().map(JsonNode::asString)).containsExactly("09", "10");
            assertThat(records).as("no team on the public topic").allSatisfy(r -> assertNoPersonalData(r.value()));
        }
        try (KafkaTopicProbe teams = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURE_TEAMS)) {
            ConsumerRecord<String, byte[]> record = teams.awaitRecords(r -> selectionId.equals(r.key()), 1, PATIENCE).get(0);
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.TYPE))
                    .isEqualTo("fr.education.traam.candidatures.selected-teams-transmitted.v1");
            assertThat(KafkaTopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(selectionId);
            assertThat(EventSchemas.violations(EventCatalogue.of(SelectedTeamsTransmitted.class), record.value())).isEmpty();
            JsonNode transmitted = JSON.readTree(record.value());
            assertThat(transmitted.get("revision").asInt()).isZero();
            assertThat(transmitted.get("teams").valueStream().map(t -> t.at("/academy/code").asString()))
                    .containsExactlyElementsOf(EIGHT.subList(0, 6));
            assertThat(transmitted.at("/teams/0/team/referent/name").asString()).isEqualTo("Sophie Durand");
        }

        assertProblem(journey.decide(selection, expert, "09", "SELECTED"), 409, "selection-published");
    }

    @Test
    void the_public_reads_a_published_selection_without_any_personal_data() throws Exception {
        for (String academy : EIGHT.subList(0, 6)) {
            assertThat(journey.decide(selection, expert, academy, "SELECTED").statusCode()).isEqualTo(200);
        }
        assertThat(journey.send("POST", selection + "/publication", expert, null).statusCode()).isEqualTo(200);

        HttpResponse<String> one = journey.send("GET", selection, null, null);
        HttpResponse<String> all = journey.send("GET", "/api/candidatures/selections?campaignId=" + campaignId, null, null);

        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        JsonNode published = JSON.readTree(one.body());
        assertThat(published.get("selected")).hasSize(6);
        assertThat(published.get("notRetained").valueStream().map(n -> n.get("code").asString())).containsExactly("09", "10");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(all.body())).hasSize(1);
        for (HttpResponse<String> response : List.of(one, all)) {
            assertThat(response.body()).doesNotContain("@").doesNotContain("expert-lettres");
            TEAM_NAMES.forEach(name -> assertThat(response.body()).doesNotContain(name));
        }
        assertProblem(journey.send("GET", selection + "/decisions", null, null), 401, "unauthorized");
        assertThat(JSON.readTree(journey.send("GET", "/api/candidatures/v3/api-docs", null, null).body()).get("paths").propertyNames())
                .contains("/api/candidatures/selections", "/api/candidatures/selections/{campaignId}/{themeId}",
                        "/api/candidatures/selections/{campaignId}/{themeId}/publication",
                        "/api/candidatures/selections/{campaignId}/{themeId}/amendments");
    }

    @Test
    void only_the_theme_s_experts_select_publish_and_read_the_draft() throws Exception {
        String body = decision("SELECTED");
        String teacher = TestInfrastructure.tokens().bearer("TEACHER", "10");
        String dan = TestInfrastructure.tokens().bearer("DAN", "10");
        String mathsExpert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, "expert-maths");
        String notAnExpert = TestInfrastructure.tokens().bearerWithRoles(List.of("INSPECTOR_GENERAL"), null, "expert-lettres");

        assertProblem(journey.send("PUT", selection + "/decisions/10", teacher, body), 403, "forbidden");
        assertProblem(journey.send("PUT", selection + "/decisions/10", dan, body), 403, "forbidden");
        assertProblem(journey.send("PUT", selection + "/decisions/10", notAnExpert, body), 403, "forbidden");
        assertProblem(journey.send("PUT", selection + "/decisions/10", mathsExpert, body), 403, "not-theme-expert");
        assertProblem(journey.send("PUT", selection + "/decisions/10", null, body), 401, "unauthorized");
        assertProblem(journey.send("POST", selection + "/publication", mathsExpert, null), 403, "not-theme-expert");
        assertProblem(journey.send("POST", selection + "/publication", teacher, null), 403, "forbidden");
        assertProblem(journey.send("GET", selection + "/decisions", mathsExpert, null), 403, "not-theme-expert");
        assertProblem(journey.send("GET", selection + "/decisions", dan, null), 403, "forbidden");

        assertProblem(journey.send("PUT", selection + "/decisions/43", expert, body), 409, "no-live-candidature");
        assertProblem(journey.send("PUT", selection + "/decisions/10", expert, "{\"decision\":\"SELECTED\"}"), 400, "invalid-request");
        assertThat(journey.send("PUT", selection + "/decisions/10", expert, body).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(journey.send("DELETE", selection + "/decisions/10", expert, null).body()).get("selectedCount").asInt())
                .isZero();
    }

    @Test
    void a_published_selection_changes_only_by_an_audited_amendment() throws Exception {
        for (String academy : EIGHT.subList(0, 5)) {
            assertThat(journey.decide(selection, expert, academy, "SELECTED").statusCode()).isEqualTo(200);
        }
        assertThat(journey.send("POST", selection + "/publication", expert, null).statusCode()).isEqualTo(200);

        HttpResponse<String> amended = journey.send("POST", selection + "/amendments", expert,
                "{\"academy\":\"10\",\"decision\":\"SELECTED\",\"rationale\":\"Une académie retenue s'est désistée\"}");

        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);
        JsonNode sheet = JSON.readTree(amended.body());
        assertThat(sheet.get("selectedCount").asInt()).isEqualTo(6);
        assertThat(sheet.at("/amendments/0/from").asString()).isEqualTo("NOT_RETAINED");
        assertThat(sheet.at("/amendments/0/amendedBy").asString()).isEqualTo("expert-lettres");
        String selectionId = campaignId + "/" + THEME;
        try (KafkaTopicProbe topic = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURES)) {
            ConsumerRecord<String, byte[]> record = topic.awaitRecords(r -> selectionId.equals(r.key())
                    && "fr.education.traam.candidatures.selection-amended.v2".equals(KafkaTopicProbe.header(r, CloudEventHeaders.TYPE)),
                    1, PATIENCE).get(0);
            assertThat(EventSchemas.violations(EventCatalogue.of(SelectionAmended.class), record.value())).isEmpty();
            assertThat(JSON.readTree(record.value()).get("rationale").asString()).isEqualTo("Une académie retenue s'est désistée");
            assertNoPersonalData(record.value());

            ConsumerRecord<String, byte[]> forEveryone = topic.awaitRecords(r -> selectionId.equals(r.key())
                    && "fr.education.traam.candidatures.national-selection-amended.v1".equals(KafkaTopicProbe.header(r, CloudEventHeaders.TYPE)),
                    1, PATIENCE).get(0);
            assertThat(forEveryone.offset()).as("after the amendment, on the selection's partition").isGreaterThan(record.offset());
            assertThat(EventSchemas.violations(EventCatalogue.of(NationalSelectionAmended.class), forEveryone.value())).isEmpty();
            JsonNode amendedSelection = JSON.readTree(forEveryone.value());
            assertThat(amendedSelection.get("revision").asInt()).isEqualTo(1);
            assertThat(amendedSelection.get("selected").valueStream().map(JsonNode::asString)).hasSize(6).contains("10");
            assertNoPersonalData(forEveryone.value());
        }
        try (KafkaTopicProbe teams = new KafkaTopicProbe(TestInfrastructure.bootstrapServers(), Topics.CANDIDATURE_TEAMS)) {
            ConsumerRecord<String, byte[]> amendedTeams = teams.awaitRecords(r -> selectionId.equals(r.key())
                    && JSON.readTree(r.value()).get("revision").asInt() == 1, 1, PATIENCE).get(0);
            assertThat(EventSchemas.violations(EventCatalogue.of(SelectedTeamsTransmitted.class), amendedTeams.value())).isEmpty();
            JsonNode transmitted = JSON.readTree(amendedTeams.value());
            assertThat(transmitted.get("teams").valueStream().map(t -> t.at("/academy/code").asString()))
                    .as("the teams of the selection as it now stands").hasSize(6).contains("10");
            assertThat(transmitted.at("/teams/5/team/referent/email").asString()).isEqualTo("sophie.durand@ac-lyon.fr");
        }
        assertThat(JSON.readTree(journey.send("GET", selection, null, null).body()).get("amendments")).hasSize(1);
    }

    private static void assertNoPersonalData(byte[] body) {
        String json = new String(body, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\"team\"").doesNotContain("@");
        TEAM_NAMES.forEach(name -> assertThat(json).doesNotContain(name));
    }
}

package fr.education.traam.productions.production.web;

import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Teams;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.KafkaTopicProbe;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scenario of Lyon's academic group from its first draft to its withdrawal, over real HTTP with real tokens, the
 * groups and the campaign stored through the service's own ports as its consumers would store them, the events read
 * back from the real broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-productions-test")
class ProductionApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Teams teams;
    @Autowired
    MemberIdentities identities;

    ApiClient api;
    String lyonGroup;
    String teacher;
    String inspector;
    String otherTeacher;
    String expert;
    String suffix;
    String expertSubject;
    LyonGroupOverHttp lyon;

    @BeforeEach
    void theTheme() {
        lyon = new LyonGroupOverHttp(port, campaigns, teams, identities);
        api = lyon.api;
        lyonGroup = lyon.lyonGroup;
        teacher = lyon.teacher;
        inspector = lyon.inspector;
        otherTeacher = lyon.otherTeacher;
        expert = lyon.expert;
        suffix = lyon.suffix;
        expertSubject = lyon.expertSubject;
    }

    @Test
    void a_scenario_is_written_reviewed_refused_publication_until_its_checks_are_met_published_and_withdrawn() throws Exception {
        try (KafkaTopicProbe topic = new KafkaTopicProbe("traam.productions")) {
            HttpResponse<String> drafted = api.send("POST", "/api/productions", teacher, scenario("Écrire avec une IA en 5e"));
            assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
            JsonNode production = JSON.readTree(drafted.body());
            String id = production.get("id").asString();
            assertThat(production.get("status").asString()).isEqualTo("DRAFT");
            assertThat(drafted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/productions/" + id));

            assertThat(api.get("/api/productions/" + id, null).statusCode()).as("a draft is not public").isEqualTo(404);
            assertThat(api.send("POST", "/api/productions", otherTeacher, scenario("Intrus")).statusCode())
                    .as("someone outside the group").isEqualTo(403);

            HttpResponse<String> attached = attach(id, etag(drafted), png());
            assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
            String attachmentId = JSON.readTree(attached.body()).get("attachments").get(0).get("id").asString();
            assertThat(JSON.readTree(attached.body()).get("attachments").get(0).get("contentType").asString()).isEqualTo("image/png");

            HttpResponse<String> submitted = api.send("POST", "/api/productions/" + id + "/submission", teacher, null, ifMatch(attached));
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            assertThat(JSON.readTree(submitted.body()).get("stage").asString()).isEqualTo("ACADEMIC");

            HttpResponse<String> byExpert = api.send("POST", "/api/productions/" + id + "/reviews", expert,
                    "{\"verdict\":\"APPROVED\"}", ifMatch(submitted));
            assertThat(byExpert.statusCode()).as("the inspector reviews first").isEqualTo(403);
            assertThat(JSON.readTree(byExpert.body()).get("type").asString()).endsWith("not-the-reviewer");

            HttpResponse<String> stale = api.send("POST", "/api/productions/" + id + "/reviews", inspector,
                    "{\"verdict\":\"APPROVED\"}", ifMatch(drafted));
            assertThat(stale.statusCode()).as("a stale If-Match").isEqualTo(412);

            HttpResponse<String> sentBack = api.send("POST", "/api/productions/" + id + "/reviews", inspector,
                    "{\"verdict\":\"CHANGES_REQUESTED\",\"comment\":\"Précisez l'évaluation finale.\"}", ifMatch(submitted));
            assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(200);
            JsonNode back = JSON.readTree(sentBack.body());
            assertThat(back.get("status").asString()).isEqualTo("CHANGES_REQUESTED");
            assertThat(back.get("comments").get(0).get("text").asString()).isEqualTo("Précisez l'évaluation finale.");

            HttpResponse<String> revised = api.send("PUT", "/api/productions/" + id, teacher,
                    writing("Écrire avec une IA en 5e, évaluée"), ifMatch(sentBack));
            assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
            assertThat(JSON.readTree(revised.body()).get("version").asInt()).isEqualTo(2);
            HttpResponse<String> resubmitted = api.send("POST", "/api/productions/" + id + "/submission", teacher, null, ifMatch(revised));
            HttpResponse<String> academic = api.send("POST", "/api/productions/" + id + "/reviews", inspector,
                    "{\"verdict\":\"APPROVED\"}", ifMatch(resubmitted));
            assertThat(JSON.readTree(academic.body()).get("stage").asString()).isEqualTo("NATIONAL");
            HttpResponse<String> approved = api.send("POST", "/api/productions/" + id + "/reviews", expert,
                    "{\"verdict\":\"APPROVED\",\"comment\":\"Très clair.\"}", ifMatch(academic));
            assertThat(JSON.readTree(approved.body()).get("status").asString()).as(approved.body()).isEqualTo("APPROVED");

            HttpResponse<String> refused = api.send("POST", "/api/productions/" + id + "/publication", expert, null, ifMatch(approved));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("type").asString()).endsWith("publication-checks-unmet");
            List<String> unmet = new ArrayList<>();
            problem.get("unmet").forEach(u -> unmet.add(u.get("check").asString()));
            assertThat(unmet).contains("accessibility-unanswered", "text-alternative-missing", "licence-missing",
                    "terms-of-use-unchecked", "legal-notices-unchecked", "pupil-declaration-missing");

            HttpResponse<String> described = api.send("PUT", "/api/productions/" + id + "/attachments/" + attachmentId, teacher,
                    "{\"textAlternative\":\"La frise des quatre séances\"}", ifMatch(approved));
            assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
            HttpResponse<String> answered = api.send("PUT", "/api/productions/" + id + "/publication-checks", teacher,
                    checks(), ifMatch(described));
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(JSON.readTree(answered.body()).get("unmet").size()).as(answered.body()).isZero();

            HttpResponse<String> published = api.send("POST", "/api/productions/" + id + "/publication", expert, null, ifMatch(answered));
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            String publicUrl = JSON.readTree(published.body()).get("publicUrl").asString();
            assertThat(publicUrl).endsWith("/productions/" + id);

            HttpResponse<String> open = api.get("/api/productions/" + id, null);
            assertThat(open.statusCode()).as("published, it is anyone's").isEqualTo(200);
            assertThat(JSON.readTree(open.body()).get("publicUrl").asString()).isEqualTo(publicUrl);
            assertThat(JSON.readTree(open.body()).has("comments")).as("the review is not the public's: " + open.body()).isFalse();
            assertThat(JSON.readTree(open.body()).has("versions")).as("nor who saved which version").isFalse();
            assertThat(open.body()).doesNotContain("Précisez", "sub-");
            assertThat(api.get("/api/productions/" + id + "/versions/1", otherTeacher).statusCode())
                    .as("an earlier version is for its authors and reviewers").isEqualTo(404);
            JsonNode review = JSON.readTree(api.get("/api/productions/" + id, inspector).body());
            List<String> signatures = new ArrayList<>();
            review.get("comments").forEach(c -> signatures.add(c.get("by").asString()));
            assertThat(signatures).as("its reviewer still reads the review, each comment signed by a member id or the "
                    + "theme's expert id, never a token subject").containsExactly("m-inspector-" + suffix, "m-inspector-" + suffix, expertSubject);
            review.get("versions").forEach(v -> assertThat(v.get("savedBy").asString()).isEqualTo("m-teacher-" + suffix));
            HttpResponse<String> file = api.get("/productions/" + id + "/attachments/" + attachmentId, null);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));

            topic.awaitRecords(r -> id.equals(r.key())
                    && "fr.education.traam.productions.production-published.v1".equals(KafkaTopicProbe.header(r, "ce_type")), 1);

            HttpResponse<String> withdrawn = api.send("POST", "/api/productions/" + id + "/withdrawal", expert,
                    "{\"reason\":\"Un élève y est nommé.\"}", ifMatch(published));
            assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
            HttpResponse<String> gone = api.get("/api/productions/" + id, null);
            assertThat(gone.statusCode()).isEqualTo(410);
            assertThat(JSON.readTree(gone.body()).get("reason").asString()).isEqualTo("Un élève y est nommé.");

            List<String> types = topic.awaitRecords(r -> id.equals(r.key()), 9).stream()
                    .map(r -> KafkaTopicProbe.header(r, "ce_type").replace("fr.education.traam.productions.", "")).toList();
            assertThat(types).containsExactly("production-drafted.v1", "production-submitted.v1",
                    "production-changes-requested.v1", "production-revised.v1", "production-submitted.v1",
                    "production-approved.v1", "production-approved.v1", "production-published.v1", "production-withdrawn.v1");
            topic.awaitRecords(r -> id.equals(r.key()), 9).forEach(r ->
                    assertThat(KafkaTopicProbe.value(r)).as("no names nor comments in events")
                            .doesNotContain("paul.martin", "Précisez", "Très clair"));
        }
    }

    @Test
    void the_publication_checklist_and_the_licences_are_public_in_the_services_words() {
        HttpResponse<String> answer = api.send("GET", "/api/productions/reference/publication-checklist", null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode checklist = JSON.readTree(answer.body());

        assertThat(checklist.get("accessibility").valueStream().map(theme -> theme.get("label").asString()))
                .containsExactly("Consultation et navigation", "Contenus textuels", "Images, vidéos et multimédia",
                        "Tableaux et formulaires", "Code et DRM");
        assertThat(checklist.get("accessibility").valueStream().flatMap(theme -> theme.get("items").valueStream())
                .map(item -> item.get("code").asString()))
                .containsExactly("CN-1", "CN-2", "CN-3", "BP1-1", "TC-2", "TC-3", "IM-1", "IM-2", "IM-3", "TF-1", "TF-2", "CD-1", "CD-2");
        assertThat(checklist.at("/accessibility/0/items/0/label").asString()).isEqualTo("Tout se consulte et se parcourt au clavier seul");
        assertThat(checklist.get("licences").valueStream().map(licence -> licence.get("spdx").asString()))
                .containsExactly("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0", "etalab-2.0");
    }

    @Test
    void a_writing_s_disciplines_are_answered_and_published_by_their_canonical_labels() {
        try (KafkaTopicProbe topic = new KafkaTopicProbe("traam.productions")) {
            HttpResponse<String> drafted = api.send("POST", "/api/productions", teacher,
                    scenario("Le vivant en données").replace("[\"Lettres\"]", "[\"svt\",\"SVT\",\"snt\"]"));
            assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
            String id = JSON.readTree(drafted.body()).get("id").asString();
            assertThat(JSON.readTree(drafted.body()).get("disciplines").valueStream().map(JsonNode::asString))
                    .containsExactly("Sciences de la vie et de la Terre", "Sciences numériques et technologie");

            lyon.published(id, drafted);

            JsonNode published = JSON.readTree(topic.awaitRecords(r -> id.equals(r.key())
                    && "fr.education.traam.productions.production-published.v1".equals(KafkaTopicProbe.header(r, "ce_type")), 1)
                    .get(0).value());
            assertThat(published.get("disciplines").valueStream().map(JsonNode::asString))
                    .containsExactly("Sciences de la vie et de la Terre", "Sciences numériques et technologie");
        }
    }

    @Test
    void an_unknown_discipline_is_a_422_problem_naming_it_and_pointing_to_the_list() {
        HttpResponse<String> refused = api.send("POST", "/api/productions", teacher,
                scenario("Les astres").replace("[\"Lettres\"]", "[\"Lettres\",\"Astrologie\"]"));

        JsonNode problem = fr.education.traam.testkit.ProblemAssertions.assertProblem(refused, 422, "unknown-discipline");
        assertThat(problem.get("detail").asString()).contains("Astrologie").doesNotContain("Lettres");
        assertThat(problem.get("unknownDisciplines").valueStream().map(JsonNode::asString)).containsExactly("Astrologie");
        assertThat(problem.get("disciplineList").asString()).isEqualTo("/api/campaigns/disciplines");

        HttpResponse<String> drafted = lyon.drafted("Les astres, sans astrologie");
        HttpResponse<String> revised = api.send("PUT", "/api/productions/" + JSON.readTree(drafted.body()).get("id").asString(),
                teacher, writing("Les astres").replace("[\"Lettres\"]", "[\"Astrologie\"]"), ifMatch(drafted));
        fr.education.traam.testkit.ProblemAssertions.assertProblem(revised, 422, "unknown-discipline");
    }

    @Test
    void an_incomplete_draft_is_not_submitted_and_a_kind_of_the_national_group_is_refused_to_an_academie_s() throws Exception {
        HttpResponse<String> bare = api.send("POST", "/api/productions", teacher, "{\"groupId\":\"" + lyonGroup
                + "\",\"type\":\"SCENARIO\",\"title\":\"Esquisse\",\"content\":{\"scenario\":{}}}");
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(201);
        HttpResponse<String> submitted = api.send("POST", "/api/productions/" + JSON.readTree(bare.body()).get("id").asString()
                + "/submission", teacher, null, ifMatch(bare));
        assertThat(submitted.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(submitted.body()).get("missing").toString()).contains("summary", "content.scenario.steps");

        HttpResponse<String> synthesis = api.send("POST", "/api/productions", teacher, "{\"groupId\":\"" + lyonGroup
                + "\",\"type\":\"SYNTHESIS\",\"title\":\"Synthèse\",\"content\":{\"synthesis\":{\"sections\":[]}}}");
        assertThat(synthesis.statusCode()).as(synthesis.body()).isIn(403, 422);
        assertThat(JSON.readTree(synthesis.body()).get("type").asString()).matches(".*(kind-not-of-group|not-an-author)");
    }

    private String scenario(String title) {
        return lyon.scenario(title);
    }

    private static String writing(String title) {
        return LyonGroupOverHttp.writing(title);
    }

    private static String checks() {
        return LyonGroupOverHttp.checks();
    }

    private HttpResponse<String> attach(String id, String etag, byte[] png) {
        return lyon.attach(id, etag, "frise.png", png);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String etag(HttpResponse<String> response) {
        return LyonGroupOverHttp.etag(response);
    }

    private static Map<String, String> ifMatch(HttpResponse<String> response) {
        return LyonGroupOverHttp.ifMatch(response);
    }
}

package fr.education.traam.productions.production.web;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.Campaigns;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.productions.team.MemberIdentities;
import fr.education.traam.productions.team.Team;
import fr.education.traam.productions.team.Teams;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lyon's academic group on a theme of its own campaign, as the service's consumers would have stored them through its
 * ports, and the people who write, review and publish its productions over real HTTP with real tokens: a teacher of
 * the group, its piloting inspector, a DNE expert of the theme, and a teacher outside it.
 */
public final class LyonGroupOverHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    public final ApiClient api;
    public final String lyonGroup = "group-lyon-" + UUID.randomUUID();
    public final String teacher;
    public final String inspector;
    public final String otherTeacher;
    public final String expert;
    /** The theme's expert id, the subject of {@link #expert}'s token. */
    public final String expertSubject = "expert-" + UUID.randomUUID();
    /** What the members' ids and addresses end with: the teacher is {@code m-teacher-<suffix>}, the inspector {@code m-inspector-<suffix>}. */
    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public LyonGroupOverHttp(int port, Campaigns campaigns, Teams teams, MemberIdentities identities) {
        api = new ApiClient(port);
        String campaignId = "campaign-" + UUID.randomUUID();
        String themeId = "ia-ecriture";
        campaigns.save(Campaign.createdBy("event-" + UUID.randomUUID(), new CampaignCreated(campaignId, "2027-2028",
                "TraAM 2027-2028", new CampaignCalendar(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14),
                LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6)),
                List.of(new ThemeDetails(themeId, "IA et écriture", "Écrire avec et sur l'IA", ThemeKind.DISCIPLINARY,
                        List.of("Lettres"), List.of(new DneExpert(expertSubject, "Awa Traoré")), 6, ThemeCycle.FIRST_YEAR, null)),
                "expert-lettres")));
        identities.identified("m-teacher-" + suffix, "paul.martin." + suffix + "@ac-lyon.fr", null);
        identities.identified("m-inspector-" + suffix, "helene.robert." + suffix + "@ac-lyon.fr", null);
        teams.save(new Team(lyonGroup, GroupKind.ACADEMIC, campaignId, themeId, new AcademyDetails("10", "Lyon"), List.of(
                new Team.Seat("m-teacher-" + suffix, MemberRole.TEACHER),
                new Team.Seat("m-inspector-" + suffix, MemberRole.PILOTING_INSPECTOR)), true, List.of()));
        teacher = person(List.of("TEACHER"), "paul.martin." + suffix + "@ac-lyon.fr");
        inspector = person(List.of("ACADEMIC_INSPECTOR"), "helene.robert." + suffix + "@ac-lyon.fr");
        otherTeacher = person(List.of("TEACHER"), "ines.benali." + suffix + "@ac-lyon.fr");
        expert = TestInfrastructure.tokens().bearerWithRoles(List.of("DNE_EXPERT"), null, expertSubject);
    }

    /** A scenario drafted by the teacher: 201, or the test fails. */
    public HttpResponse<String> drafted(String title) {
        HttpResponse<String> drafted = api.send("POST", "/api/productions", teacher, scenario(title));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        return drafted;
    }

    /** The teacher attaches {@code content} as {@code fileName} to the production at version {@code etag}, as a browser sends it. */
    public HttpResponse<String> attach(String id, String etag, String fileName, byte[] content) {
        String boundary = "traam-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(api.uri("/api/productions/" + id + "/attachments"))
                .header("Authorization", teacher).header("If-Match", etag)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /**
     * The production {@code id}, whose attachments are all described, submitted, approved by the inspector then the
     * expert, its checks met, and published: each step's answer checked on the way.
     */
    public HttpResponse<String> published(String id, HttpResponse<String> last) {
        HttpResponse<String> submitted = ok(api.send("POST", "/api/productions/" + id + "/submission", teacher, null, ifMatch(last)));
        HttpResponse<String> academic = ok(api.send("POST", "/api/productions/" + id + "/reviews", inspector,
                "{\"verdict\":\"APPROVED\"}", ifMatch(submitted)));
        HttpResponse<String> approved = ok(api.send("POST", "/api/productions/" + id + "/reviews", expert,
                "{\"verdict\":\"APPROVED\"}", ifMatch(academic)));
        HttpResponse<String> answered = ok(api.send("PUT", "/api/productions/" + id + "/publication-checks", teacher,
                checks(), ifMatch(approved)));
        return ok(api.send("POST", "/api/productions/" + id + "/publication", expert, null, ifMatch(answered)));
    }

    /** The teacher gives attachment {@code attachmentId} a text alternative. */
    public HttpResponse<String> described(String id, String attachmentId, HttpResponse<String> last) {
        return ok(api.send("PUT", "/api/productions/" + id + "/attachments/" + attachmentId, teacher,
                "{\"textAlternative\":\"La frise des quatre séances\"}", ifMatch(last)));
    }

    String person(List<String> roles, String email) {
        return TestInfrastructure.tokens().bearerOfPerson(roles, "10", "sub-" + UUID.randomUUID(), email);
    }

    String scenario(String title) {
        return "{\"groupId\":\"" + lyonGroup + "\",\"type\":\"SCENARIO\"," + fields(title) + "}";
    }

    static String writing(String title) {
        return "{" + fields(title) + "}";
    }

    private static String fields(String title) {
        return "\"title\":\"" + title + "\",\"summary\":\"La classe compare ses textes à ceux d'une IA.\","
                + "\"disciplines\":[\"Lettres\"],\"levels\":[\"CINQUIEME\"],\"competences\":[\"3.1\"],"
                + "\"content\":{\"scenario\":{\"duration\":\"4 séances\",\"prerequisites\":\"Rédiger un paragraphe\","
                + "\"steps\":[{\"title\":\"Découvrir\",\"description\":\"Lire trois textes.\",\"duration\":\"55 min\"}],"
                + "\"resources\":[{\"name\":\"Vittascience\",\"url\":\"https://vittascience.com/ia\",\"pupilAccountRequired\":false}],"
                + "\"whatWorked\":\"Les élèves argumentent.\",\"difficulties\":\"Le réseau est lent.\"}}";
    }

    /** Every publication check met: a licence, each accessibility item answered, the resources checked, no pupil named. */
    static String checks() {
        StringBuilder items = new StringBuilder();
        for (String code : List.of("CN-1", "CN-2", "CN-3", "BP1-1", "TC-2", "TC-3", "IM-1", "IM-2", "IM-3", "TF-1", "TF-2", "CD-1", "CD-2")) {
            items.append(items.length() == 0 ? "" : ",").append('"').append(code).append("\":\"")
                    .append(code.startsWith("TF") ? "NOT_APPLICABLE" : "YES").append('"');
        }
        return "{\"licence\":\"CC-BY-NC-SA-4.0\",\"accessibility\":{" + items + "},\"resources\":[{\"url\":"
                + "\"https://vittascience.com/ia\",\"termsOfUseChecked\":true,\"legalNoticesChecked\":true}],\"noPupilNamed\":true}";
    }

    public static String id(HttpResponse<String> production) {
        return JSON.readTree(production.body()).get("id").asString();
    }

    public static JsonNode attachments(HttpResponse<String> production) {
        return JSON.readTree(production.body()).get("attachments");
    }

    /** The id of the production's last attachment. */
    public static String lastAttachmentId(HttpResponse<String> production) {
        JsonNode attachments = attachments(production);
        return attachments.get(attachments.size() - 1).get("id").asString();
    }

    public static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    public static Map<String, String> ifMatch(HttpResponse<String> response) {
        return Map.of("If-Match", etag(response));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(200);
        return response;
    }
}

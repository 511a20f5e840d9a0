package fr.education.traam.dissemination.site.web;

import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static fr.education.traam.testkit.ProblemAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

/** The registry of academic sites over real HTTP: who may manage which académie's sites, and a secret shown once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-dissemination-test")
class SiteRegistryApiTest {

    static final String SITES = "/api/dissemination/sites";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String registration(String academy, String name, String url) {
        return """
                {"academy": %s, "name": "%s", "webhookUrl": "%s",
                 "subscription": {"eventTypes": ["fr.education.traam.candidatures.national-selection-published.v1"], "scope": "OWN_ACADEMY"}}
                """.formatted(academy == null ? "null" : "\"" + academy + "\"", name, url);
    }

    @Test
    void an_operator_registers_a_site_for_any_academy_and_sees_its_secret_only_in_the_answer() {
        String operator = TestInfrastructure.tokens().bearer("OPERATOR");
        HttpResponse<String> created = api.send("POST", SITES, operator, registration("20", "Site académique d'Amiens", "http://127.0.0.1:9/hook"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode body = JSON.readTree(created.body());
        String secret = body.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);
        String id = body.get("site").get("id").asString();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(SITES + "/" + id);
        assertThat(body.get("site").get("academyName").asString()).isEqualTo("Amiens");

        HttpResponse<String> read = api.get(SITES + "/" + id, operator);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("whsec_").doesNotContain(secret.substring(6));
        assertThat(api.get(SITES, operator).body()).doesNotContain("whsec_");

        HttpResponse<String> rotated = api.send("POST", SITES + "/" + id + "/secret-rotation", operator, null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String newSecret = JSON.readTree(rotated.body()).get("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(api.get(SITES + "/" + id, operator).body()).doesNotContain(newSecret.substring(6));
    }

    @Test
    void a_dan_manages_the_sites_of_their_own_academy_and_no_other() {
        String lyon = TestInfrastructure.tokens().bearer("DAN", "10");
        String versailles = TestInfrastructure.tokens().bearer("DAN", "25");

        HttpResponse<String> own = api.send("POST", SITES, lyon, registration(null, "Site de Lyon", "http://127.0.0.1:9/lyon"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        String lyonSite = JSON.readTree(own.body()).get("site").get("id").asString();
        assertThat(JSON.readTree(own.body()).get("site").get("academy").asString()).isEqualTo("10");

        assertThat(api.get(SITES + "/" + lyonSite, lyon).statusCode()).isEqualTo(200);
        assertProblem(api.get(SITES + "/" + lyonSite, versailles), 403, "other-academy");
        assertProblem(api.get(SITES + "/" + lyonSite + "/deliveries", versailles), 403, "other-academy");
        assertProblem(api.send("POST", SITES + "/" + lyonSite + "/secret-rotation", versailles, null), 403, "other-academy");
        assertProblem(api.send("POST", SITES, versailles, registration("10", "Pas le sien", "http://127.0.0.1:9/x")), 403, "other-academy");
        assertThat(api.get(SITES, versailles).body()).doesNotContain(lyonSite);
        assertThat(api.get(SITES, TestInfrastructure.tokens().bearer("OPERATOR")).body()).contains(lyonSite);
    }

    @Test
    void other_roles_and_anonymous_callers_are_refused() {
        assertProblem(api.get(SITES, TestInfrastructure.tokens().bearer("EDITOR")), 403, "forbidden");
        assertProblem(api.send("POST", SITES, TestInfrastructure.tokens().bearer("DNE_EXPERT"),
                registration("10", "Site", "http://127.0.0.1:9/x")), 403, "forbidden");
        assertProblem(api.get(SITES, null), 401, "unauthorized");
    }

    @Test
    void the_registry_is_described_in_the_service_s_openapi_document() {
        HttpResponse<String> docs = api.get("/api/dissemination/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/dissemination/sites/{id}/deliveries/{deliveryId}/replay")
                .contains("/api/dissemination/academies/{code}/feed.atom");
    }

    @Test
    void a_webhook_url_that_is_not_an_http_address_or_a_type_that_cannot_be_subscribed_to_is_refused_naming_the_field() {
        String operator = TestInfrastructure.tokens().bearer("OPERATOR");
        HttpResponse<String> ftp = api.send("POST", SITES, operator, registration("10", "Site", "ftp://ac-lyon.fr/hook"));
        assertProblem(ftp, 400, "invalid-request");
        assertViolation(ftp, "webhookUrl");

        HttpResponse<String> personal = api.send("POST", SITES, operator, """
                {"academy": "10", "name": "Site", "webhookUrl": "http://127.0.0.1:9/x",
                 "subscription": {"eventTypes": ["fr.education.traam.candidatures.academy-selected.v2"], "scope": "ALL"}}""");
        assertProblem(personal, 400, "invalid-request");
        assertViolation(personal, "subscription.eventTypes");

        HttpResponse<String> unknownAcademy = api.send("POST", SITES, operator, registration("99", "Site", "http://127.0.0.1:9/x"));
        assertViolation(unknownAcademy, "academy");
    }
}

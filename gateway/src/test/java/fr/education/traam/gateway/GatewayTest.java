package fr.education.traam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayTest {

    private static final FakeService CAMPAIGNS = FakeService.start();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("traam.gateway.services.campaigns", CAMPAIGNS::baseUrl);
        registry.add("traam.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("traam.security.jwt.issuer", () -> TestTokens.ISSUER);
        // Unlike Spring Cloud's built-in 1 s, so the slow test proves this YAML key is the one applied.
        registry.add("resilience4j.timelimiter.configs.default.timeout-duration", () -> "2s");
    }

    @LocalServerPort
    private int port;

    private WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    @AfterAll
    static void stopCampaigns() {
        CAMPAIGNS.close();
    }

    @Test
    void forwards_path_query_and_authorization_header_to_campaigns() {
        String token = TestTokens.valid("teacher-1");

        http.get().uri("/api/campaigns/2026/themes?discipline=maths&page=2")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("campaigns");

        FakeService.ReceivedRequest received = CAMPAIGNS.lastRequest();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.pathAndQuery()).isEqualTo("/api/campaigns/2026/themes?discipline=maths&page=2");
        assertThat(received.authorization()).isEqualTo("Bearer " + token);
        assertThat(received.forwardedHost()).as("services build their links from it").startsWith("localhost:");
    }

    @Test
    void lets_requests_without_a_token_through_for_the_service_to_decide() {
        http.post().uri("/api/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"year\":2026}")
                .exchange()
                .expectStatus().isOk();

        assertThat(CAMPAIGNS.lastRequest().method()).isEqualTo("POST");
        assertThat(CAMPAIGNS.lastRequest().authorization()).isNull();
    }

    @Test
    void passes_a_downstream_404_through_instead_of_falling_back() {
        http.get().uri("/api/campaigns/1999/missing")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/campaign-not-found");
    }

    @Test
    void answers_503_problem_when_campaigns_is_too_slow_for_the_configured_time_limit() {
        long start = System.nanoTime();

        http.get().uri("/api/campaigns/slow")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("campaigns"))
                .jsonPath("$.instance").isEqualTo("/api/campaigns/slow");

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1_900))
                .isLessThan(Duration.ofMillis(FakeService.SLOW_DELAY_MILLIS));
    }

    @Test
    void rejects_a_token_signed_by_another_key_with_401_problem_before_reaching_the_service() {
        int before = CAMPAIGNS.requestCount();

        http.get().uri("/api/campaigns/2026")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.signedByAnotherKey("intruder"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*invalid_token.*")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/invalid-token")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo("/api/campaigns/2026");

        assertThat(CAMPAIGNS.requestCount()).isEqualTo(before);
    }

    @Test
    void rejects_a_token_whose_header_does_not_say_at_jwt_with_401_problem_before_reaching_the_service() {
        // Signed by the trusted key, of the right issuer, unexpired: an ID token (typ JWT) or an untyped token.
        int before = CAMPAIGNS.requestCount();
        for (String type : new String[] {"JWT", null}) {
            http.get().uri("/api/campaigns/2026")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.typed("teacher-1", type))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/invalid-token")
                    .jsonPath("$.status").isEqualTo(401);
        }
        assertThat(CAMPAIGNS.requestCount()).isEqualTo(before);
    }

    @Test
    void accepts_an_access_token_typed_at_jwt_in_any_case_or_as_a_media_type() {
        for (String type : new String[] {"at+jwt", "AT+JWT", "application/at+jwt"}) {
            http.get().uri("/api/campaigns/2026")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.typed("teacher-1", type))
                    .exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void rejects_an_expired_token_with_401_problem() {
        http.get().uri("/api/campaigns/2026")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.expired("teacher-1"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/invalid-token");
    }

    @Test
    void rejects_a_token_from_another_issuer_with_401_problem() {
        http.get().uri("/api/campaigns/2026")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.fromAnotherIssuer("teacher-1"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void answers_404_problem_for_a_path_no_route_serves() {
        http.get().uri("/api/nowhere")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/nowhere")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void answers_405_problem_for_an_unsupported_method() {
        http.delete().uri("/actuator/health")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(405);
    }

    @Test
    void swagger_config_lists_every_service_document() {
        http.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name=='campaigns')].url").isEqualTo("/api/campaigns/v3/api-docs")
                .jsonPath("$.urls[?(@.name=='candidatures')].url").isEqualTo("/api/candidatures/v3/api-docs")
                .jsonPath("$.urls[?(@.name=='groups')].url").isEqualTo("/api/groups/v3/api-docs")
                .jsonPath("$.urls[?(@.name=='productions')].url").isEqualTo("/api/productions/v3/api-docs")
                .jsonPath("$.urls[?(@.name=='dissemination')].url")
                .isEqualTo("/api/dissemination/v3/api-docs");
    }

    @Test
    void serves_the_swagger_ui() {
        http.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*swagger-ui/index.html.*");
    }

    @Test
    void reports_health_for_the_launcher_and_compose() {
        http.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}

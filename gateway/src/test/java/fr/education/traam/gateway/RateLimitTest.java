package fr.education.traam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "traam.gateway.rate-limit.replenish-rate=1", "traam.gateway.rate-limit.burst-capacity=3" })
class RateLimitTest {

    private static final FakeService CAMPAIGNS = FakeService.start();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("traam.gateway.services.campaigns", CAMPAIGNS::baseUrl);
        registry.add("traam.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("traam.security.jwt.issuer", () -> TestTokens.ISSUER);
    }

    @LocalServerPort
    private int port;

    private WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    @AfterAll
    static void stopCampaigns() {
        CAMPAIGNS.close();
    }

    @Test
    void answers_429_problem_with_retry_after_once_a_client_spends_its_burst() {
        Limited limited = requestUntilLimited("Bearer " + TestTokens.valid("busy-teacher"));

        // At least the burst went through; a slow machine may have earned a token or two meanwhile.
        assertThat(limited.allowedBefore()).isGreaterThanOrEqualTo(3);
        EntityExchangeResult<byte[]> refused = limited.refusal();
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
        DocumentContext problem = JsonPath.parse(new String(refused.getResponseBody(), StandardCharsets.UTF_8));
        assertThat(problem.read("$.type", String.class))
                .isEqualTo("https://traam.education.fr/problems/too-many-requests");
        assertThat(problem.read("$.status", Integer.class)).isEqualTo(429);
        assertThat(problem.read("$.instance", String.class)).isEqualTo("/api/campaigns/2026");
    }

    @Test
    void limits_each_token_subject_on_its_own() {
        requestUntilLimited("Bearer " + TestTokens.valid("first-inspector"));

        http.get().uri("/api/campaigns/2026")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.valid("second-inspector"))
                .exchange()
                .expectStatus().isOk();
    }

    private record Limited(int allowedBefore, EntityExchangeResult<byte[]> refusal) {
    }

    /** Sends requests until refused: counting would be flaky, since the bucket refills while they are sent. */
    private Limited requestUntilLimited(String authorization) {
        for (int allowed = 0; allowed < 20; allowed++) {
            EntityExchangeResult<byte[]> result = http.get().uri("/api/campaigns/2026")
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .exchange()
                    .expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                return new Limited(allowed, result);
            }
            assertThat(result.getStatus().value()).isEqualTo(200);
        }
        throw new AssertionError("no request was refused among 20 sent at a burst capacity of 3");
    }
}

package fr.education.traam.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignsDownTest {

    private static final String STOPPED_CAMPAIGNS = stoppedService();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("traam.gateway.services.campaigns", () -> STOPPED_CAMPAIGNS);
        registry.add("traam.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("traam.security.jwt.issuer", () -> TestTokens.ISSUER);
    }

    /** Started then stopped, so its port is one nothing listens on any more. */
    private static String stoppedService() {
        try (FakeService service = FakeService.start()) {
            return service.baseUrl();
        }
    }

    @LocalServerPort
    private int port;

    @Test
    void answers_503_problem_when_campaigns_is_down() {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(15))
                .build()
                .post().uri("/api/campaigns/2026/themes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo(
                        "The campaigns service is unavailable or did not answer in time; try again later.")
                .jsonPath("$.instance").isEqualTo("/api/campaigns/2026/themes");
    }
}

package fr.education.traam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A service busy with as many requests as the gateway lets through at once: the next ones are turned away with a
 * 503 problem right away, and the circuit stays closed — the service answers, it is not broken. With the bulkhead
 * counted as a failure, a burst opened the circuit and every request failed for its open period (issue 5).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BusyServiceTest {

    private static final FakeService CAMPAIGNS = FakeService.start();
    private static final int IN_FLIGHT = 2;
    private static final int BURST = 12;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("traam.gateway.services.campaigns", CAMPAIGNS::baseUrl);
        registry.add("traam.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("traam.security.jwt.issuer", () -> TestTokens.ISSUER);
        registry.add("resilience4j.bulkhead.configs.default.max-concurrent-calls", () -> IN_FLIGHT);
    }

    @AfterAll
    static void stopTheService() {
        CAMPAIGNS.close();
    }

    @LocalServerPort
    private int port;

    @Test
    void a_burst_beyond_the_bulkhead_is_turned_away_and_the_circuit_stays_closed() {
        WebClient client = WebClient.create("http://localhost:" + port);

        List<Integer> statuses = Flux.range(0, BURST)
                .flatMap(i -> client.get().uri("/api/campaigns/slow")
                        .exchangeToMono(response -> Mono.just(response.statusCode().value())), BURST)
                .collectList().block(Duration.ofSeconds(30));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(IN_FLIGHT);
        assertThat(statuses).filteredOn(status -> status == 503).hasSize(BURST - IN_FLIGHT);
        // Ten refusals out of twelve calls would open a circuit that counted them (50 % of at least 10 calls).
        Integer next = client.get().uri("/api/campaigns/2026").exchangeToMono(response -> Mono.just(response.statusCode().value()))
                .block(Duration.ofSeconds(10));
        assertThat(next).isEqualTo(200);
    }
}

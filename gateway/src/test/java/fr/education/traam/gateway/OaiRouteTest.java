package fr.education.traam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The OAI-PMH data provider is the productions service's: the gateway forwards /oai there, GET and POST, without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OaiRouteTest {

    private static final FakeService PRODUCTIONS = FakeService.start();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("traam.gateway.services.productions", PRODUCTIONS::baseUrl);
        registry.add("traam.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("traam.security.jwt.issuer", () -> TestTokens.ISSUER);
    }

    @LocalServerPort
    private int port;

    private WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(15)).build();
    }

    @AfterAll
    static void stop() {
        PRODUCTIONS.close();
    }

    @Test
    void a_harvester_s_get_and_post_reach_the_productions_service() {
        http.get().uri("/oai?verb=ListRecords&metadataPrefix=oai_dc&set=academy:10").exchange().expectStatus().isOk();
        FakeService.ReceivedRequest get = PRODUCTIONS.lastRequest();
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.pathAndQuery()).isEqualTo("/oai?verb=ListRecords&metadataPrefix=oai_dc&set=academy:10");

        http.post().uri("/oai").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("verb", "Identify")).exchange().expectStatus().isOk();
        FakeService.ReceivedRequest post = PRODUCTIONS.lastRequest();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.pathAndQuery()).isEqualTo("/oai");
        assertThat(post.bodyBytes()).isEqualTo("verb=Identify".length());
    }
}

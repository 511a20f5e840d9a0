package fr.education.traam.gateway;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/**
 * What the gateway refuses itself, over real sockets to its real Netty server: bodies over the limit (declared or
 * streamed), and requests Netty, the firewall or the method list turn away. Campaigns accepts 1 MB here, groups 700 MB,
 * so that a 600 MB body can be shown both refused at the limit and streamed through whole, in bounded memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "traam.gateway.limits.max-body-size=1MB",
        "traam.gateway.limits.max-body-size-by-route.groups=700MB",
        // A 600 MB upload on a busy machine may take longer than the usual 10 s.
        "resilience4j.timelimiter.configs.default.timeout-duration=120s" })
class GatewayLimitsTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://traam.education.fr/problems/";
    private static final long MB = 1024 * 1024;
    /** Far below the 600 MB streamed: what buffering the body would take, and the gateway must not. */
    private static final long MEMORY_BOUND = 64 * MB;

    private static final FakeService SERVICE = FakeService.start();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("traam.gateway.services.campaigns", SERVICE::baseUrl);
        registry.add("traam.gateway.services.groups", SERVICE::baseUrl);
        registry.add("traam.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("traam.security.jwt.issuer", () -> TestTokens.ISSUER);
    }

    @LocalServerPort
    private int port;

    private RawHttp raw;

    @BeforeEach
    void client() {
        raw = new RawHttp(port);
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @Test
    void refuses_a_body_whose_content_length_is_over_the_limit_with_413_problem_before_reading_it() {
        int before = SERVICE.requestCount();

        // A 524 MB upload announced, not one byte of it sent: the answer cannot wait for the body.
        RawHttp.Response response = raw.send("POST /api/campaigns/imports HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: " + 524 * MB);

        assertProblem(response, 413, "content-too-large");
        assertThat(json(response).read("$.detail", String.class)).contains("1 MB");
        assertThat(json(response).read("$.instance", String.class)).isEqualTo("/api/campaigns/imports");
        assertThat(SERVICE.requestCount()).isEqualTo(before);
    }

    @Test
    void refuses_a_chunked_600_mb_body_at_the_limit_without_buffering_it_and_stays_healthy() {
        RawHttp.Upload upload = whileWatchingDirectMemory(() -> raw.streamChunked("/api/campaigns/imports", 600 * MB));

        assertProblem(upload.response(), 413, "content-too-large");
        assertThat(upload.sentWhenAnswered()).as("answered at the limit, not at the end").isLessThan(100 * MB);
        assertGatewayStillServes();
    }

    @Test
    void streams_a_600_mb_body_within_its_route_limit_to_the_service_without_buffering_it() {
        RawHttp.Upload upload = whileWatchingDirectMemory(() -> raw.streamChunked("/api/groups/uploads", 600 * MB));

        assertThat(upload.response().status()).isEqualTo(200);
        assertThat(SERVICE.lastRequest().bodyBytes()).isEqualTo(600 * MB);
        assertGatewayStillServes();
    }

    @Test
    void reads_a_small_body_whole_before_forwarding_it_so_that_a_service_s_early_refusal_reaches_the_client() {
        int before = SERVICE.requestCount();
        byte[] body = ("{\"text\":\"" + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        RawHttp.Response response = raw.sendInTwoHalves("PUT /api/campaigns/refuses-early HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length, body, () -> {
                    await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                            .untilAsserted(() -> assertThat(SERVICE.requestCount())
                                    .as("nothing forwarded while half the body is still to come").isEqualTo(before));
                });

        // Had the gateway streamed it, the service's answer would close a connection holding unread bytes: a reset.
        assertProblem(response, 400, "invalid-request");
        assertThat(SERVICE.requestCount()).isEqualTo(before + 1);
    }

    @Test
    void keeps_the_circuit_closed_however_many_bodies_over_the_limit_it_refuses() {
        // More than the circuit's minimum number of calls (10): were they failures, the circuit would open.
        for (int i = 0; i < 12; i++) {
            assertProblem(raw.streamChunked("/api/campaigns/imports", 2 * MB).response(), 413, "content-too-large");
        }

        assertGatewayStillServes();
    }

    static Stream<Arguments> refusals() {
        String host = "\r\nHost: localhost";
        return Stream.of(
                Arguments.of("GET /api/campaigns/../actuator/health HTTP/1.1" + host, 400, "rejected-request"),
                Arguments.of("GET /api/campaigns/%2e%2e/actuator/health HTTP/1.1" + host, 400, "rejected-request"),
                Arguments.of("GET /api/campaigns/a%2fb HTTP/1.1" + host, 400, "rejected-request"),
                Arguments.of("GET /api/campaigns/a%5cb HTTP/1.1" + host, 400, "rejected-request"),
                Arguments.of("GET /api/campaigns/a;jsessionid=1 HTTP/1.1" + host, 400, "rejected-request"),
                Arguments.of("GET /api/campaigns/a\\b HTTP/1.1" + host, 400, "malformed-request"),
                Arguments.of("GET /api/campaigns/" + "a".repeat(10_000) + " HTTP/1.1" + host, 414, "uri-too-long"),
                Arguments.of("GET /api/campaigns/2026 HTTP/1.1" + host + "\r\nX-Big: " + "a".repeat(10_000), 431,
                        "headers-too-large"),
                Arguments.of("GET /api/campaigns/2026 HTTP/1.1" + host + "\r\nNo colon here", 400, "malformed-request"),
                Arguments.of("POST /api/campaigns HTTP/1.1" + host + "\r\nContent-Length: many", 400,
                        "malformed-request"),
                Arguments.of("FOO /api/campaigns/2026 HTTP/1.1" + host, 501, "method-not-implemented"),
                Arguments.of("PROPFIND /api/campaigns/2026 HTTP/1.1" + host, 501, "method-not-implemented"),
                Arguments.of("TRACE /api/campaigns/2026 HTTP/1.1" + host, 405, "method-not-allowed"),
                Arguments.of("DELETE /actuator/health HTTP/1.1" + host, 405, "method-not-allowed"));
    }

    @ParameterizedTest(name = "{1} {2} for {0}")
    @MethodSource("refusals")
    void answers_every_refusal_of_its_own_with_a_problem_body(String head, int status, String slug) {
        int before = SERVICE.requestCount();

        RawHttp.Response response = raw.send(head);

        assertProblem(response, status, slug);
        assertThat(SERVICE.requestCount()).as("refused before routing").isEqualTo(before);
    }

    @Test
    void names_the_methods_it_accepts_when_it_refuses_a_known_one() {
        RawHttp.Response response = raw.send("TRACE /api/campaigns/2026 HTTP/1.1\r\nHost: localhost");

        assertThat(response.header("Allow")).contains("GET", "POST", "PUT", "PATCH", "DELETE").doesNotContain("TRACE");
    }

    private static void assertProblem(RawHttp.Response response, int status, String slug) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith(PROBLEM_JSON);
        DocumentContext problem = json(response);
        assertThat(problem.read("$.type", String.class)).isEqualTo(TYPES + slug);
        assertThat(problem.read("$.status", Integer.class)).isEqualTo(status);
        assertThat(problem.read("$.title", String.class)).isNotBlank();
        assertThat(problem.read("$.detail", String.class)).isNotBlank();
    }

    private static DocumentContext json(RawHttp.Response response) {
        assertThat(response.body()).as("a problem body, never an empty one").isNotBlank();
        return JsonPath.parse(response.body());
    }

    private void assertGatewayStillServes() {
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/api/campaigns/2026").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("campaigns");
    }

    /**
     * Runs {@code upload} while sampling the JVM's direct buffers, where Netty keeps what it reads: their peak must stay
     * far below the body's size. The gateway used to read the whole body into them first.
     */
    private static RawHttp.Upload whileWatchingDirectMemory(Supplier<RawHttp.Upload> upload) {
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).findFirst().orElseThrow();
        long baseline = direct.getMemoryUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(direct.getMemoryUsed(), Math::max);
                try {
                    Thread.sleep(5);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        }, "direct-memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            return upload.get();
        }
        finally {
            done.set(true);
            assertThat(peak.get() - baseline).as("direct memory taken during the upload").isLessThan(MEMORY_BOUND);
        }
    }
}

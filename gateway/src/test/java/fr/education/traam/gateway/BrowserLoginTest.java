package fr.education.traam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.netty.http.client.HttpClient;

/**
 * What the gateway decides alone about a browser, without the provider: which paths need a login, where the browser
 * is sent (the configured issuer, with PKCE), the session cookie, what a failed login answers, and that the catch-all
 * web route neither takes the gateway's own paths nor relays anything on a public visit. The web module is a real
 * loopback server that records what it received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserLoginTest {

    /** Unreachable on purpose: no browser step may depend on the provider being up. */
    private static final String ISSUER = "http://identity.example:9000";
    private static final String BACK_CHANNEL = "http://127.0.0.1:9";

    private static final FakeService WEB = FakeService.start();
    private static final FakeService CAMPAIGNS = FakeService.start();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("traam.gateway.services.web", WEB::baseUrl);
        registry.add("traam.gateway.services.campaigns", CAMPAIGNS::baseUrl);
        registry.add("traam.security.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("traam.security.jwt.issuer", () -> TestTokens.ISSUER);
        registry.add("traam.gateway.login.issuer", () -> ISSUER);
        registry.add("traam.gateway.login.provider-url", () -> BACK_CHANNEL);
        registry.add("traam.gateway.login.session.idle-timeout", () -> "45m");
        registry.add("traam.gateway.login.session.login-timeout", () -> "7m");
    }

    @LocalServerPort
    private int port;

    private WebTestClient http;

    @BeforeEach
    void client() {
        // One connection per request: on a kept-alive connection, Reactor Netty 1.3.6 now and then leaves a request
        // unread until the connection closes when it arrives while the previous exchange is still finishing, as the
        // login's quick redirects make it (docs/gateway.md, what is left).
        http = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create().keepAlive(false)))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    @AfterAll
    static void stop() {
        WEB.close();
        CAMPAIGNS.close();
    }

    @Test
    void a_page_of_the_space_sends_the_browser_to_the_issuer_with_pkce_and_comes_back_to_it() {
        int webCalls = WEB.requestCount();

        EntityExchangeResult<byte[]> asked = browser("/espace/candidatures?campagne=2026");

        assertThat(asked.getStatus().value()).isEqualTo(302);
        assertThat(asked.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/traam");
        ResponseCookie session = sessionCookie(asked);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isSecure()).as("plain HTTP locally; traam.gateway.login.session.secure-cookie").isFalse();
        assertThat(session.getPath()).isEqualTo("/");
        assertThat(WEB.requestCount()).as("a page that needs a login never reaches web without one")
                .isEqualTo(webCalls);

        URI authorize = http.get().uri("/oauth2/authorization/traam")
                .cookie(session.getName(), session.getValue())
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(authorize.getScheme() + "://" + authorize.getAuthority() + authorize.getPath())
                .as("the browser goes to the issuer, not the back-channel address")
                .isEqualTo(ISSUER + "/oauth2/authorize");
        Map<String, String> parameters = UriComponentsBuilder.fromUri(authorize).build().getQueryParams()
                .toSingleValueMap();
        assertThat(parameters).containsEntry("response_type", "code")
                .containsEntry("client_id", "traam-gateway")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/traam")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce");
        assertThat(decoded(parameters.get("scope"))).isEqualTo("openid profile email");
        assertThat(parameters.get("code_challenge")).as("base64url of a SHA-256").matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void connexion_needs_a_login_too() {
        EntityExchangeResult<byte[]> asked = browser("/connexion");

        assertThat(asked.getStatus().value()).isEqualTo(302);
        assertThat(asked.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/traam");
        assertThat(sessionCookie(asked).getValue()).isNotBlank();
    }

    @Test
    void a_callback_whose_state_matches_no_login_started_gets_a_french_page() {
        ResponseCookie session = sessionCookie(browser("/espace"));

        http.get().uri("/login/oauth2/code/traam?code=stolen-code&state=forged-state")
                .cookie(session.getName(), session.getValue())
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page)
                        .contains("<html lang=\"fr\">", "Connexion impossible", "href=\"/connexion\"")
                        .doesNotContain("Exception"));
    }

    @Test
    void an_error_from_the_provider_gets_a_french_problem_for_a_client_that_does_not_read_html() {
        ResponseCookie session = sessionCookie(browser("/espace"));
        URI authorize = http.get().uri("/oauth2/authorization/traam")
                .cookie(session.getName(), session.getValue())
                .exchange()
                .returnResult(Void.class).getResponseHeaders().getLocation();
        String state = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("state");

        // The state as it came, still percent-encoded: a URI, not a template WebTestClient would encode again.
        http.get().uri(URI.create("http://localhost:" + port + "/login/oauth2/code/traam?error=access_denied&state=" + state))
                .cookie(session.getName(), session.getValue())
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/login-failed")
                .jsonPath("$.title").isEqualTo("Connexion impossible")
                .jsonPath("$.error").isEqualTo("access_denied")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void a_public_page_reaches_web_without_a_session_and_without_a_token() {
        EntityExchangeResult<byte[]> home = browser("/");
        assertThat(home.getStatus().value()).isEqualTo(200);
        assertThat(home.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).as("a public visit starts no session")
                .isNull();
        assertThat(WEB.lastRequest().pathAndQuery()).isEqualTo("/");
        assertThat(WEB.lastRequest().authorization()).isNull();

        http.get().uri("/campagnes/2026/themes/t-3?vue=carte").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk();
        assertThat(WEB.lastRequest().pathAndQuery()).isEqualTo("/campagnes/2026/themes/t-3?vue=carte");
        assertThat(WEB.lastRequest().authorization()).isNull();
    }

    @Test
    void a_bearer_request_stays_stateless_and_keeps_its_own_token_on_every_route() {
        String token = TestTokens.valid("dan-lyon");

        EntityExchangeResult<byte[]> api = http.get().uri("/api/campaigns/2026")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();
        assertThat(CAMPAIGNS.lastRequest().authorization()).isEqualTo("Bearer " + token);
        assertThat(api.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();

        http.get().uri("/espace/candidatures")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isOk();
        assertThat(WEB.lastRequest().authorization()).as("web verifies a script's token itself")
                .isEqualTo("Bearer " + token);
    }

    @Test
    void a_bad_bearer_token_gets_the_401_problem_even_on_a_page_that_needs_a_login() {
        for (String path : List.of("/api/campaigns/2026", "/espace/candidatures")) {
            http.get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.expired("dan-lyon"))
                    .accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/invalid-token");
        }
    }

    @Test
    void the_api_never_gets_the_session_or_a_relayed_token() {
        ResponseCookie session = sessionCookie(browser("/espace"));

        http.get().uri("/api/campaigns/2026")
                .cookie(session.getName(), session.getValue())
                .cookie("theme", "clair")
                .exchange()
                .expectStatus().isOk();

        assertThat(CAMPAIGNS.lastRequest().authorization()).isNull();
        assertThat(CAMPAIGNS.lastRequest().cookie()).as("the gateway's session cookie stays at the gateway")
                .isEqualTo("theme=clair");
    }

    @Test
    void the_catch_all_leaves_the_gateway_s_own_paths_alone() {
        int webCalls = WEB.requestCount();

        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/fallback/campaigns").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/service-unavailable");
        http.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls").isArray();
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        http.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
        http.get().uri("/api/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/not-found");
        http.get().uri("/login").exchange().expectStatus().isNotFound();

        assertThat(WEB.requestCount()).isEqualTo(webCalls);
    }

    @Test
    void a_session_that_has_not_logged_in_expires_after_the_login_timeout(@Autowired WebSessionManager sessions) {
        InMemoryWebSessionStore store = (InMemoryWebSessionStore) ((DefaultWebSessionManager) sessions)
                .getSessionStore();
        ResponseCookie started = sessionCookie(browser("/espace"));

        assertThat(store.retrieveSession(started.getValue()).block().getMaxIdleTime()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void logging_out_without_a_session_just_goes_home() {
        http.post().uri("/deconnexion")
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/");
    }

    /** A top-level navigation, as a browser sends it. */
    private EntityExchangeResult<byte[]> browser(String path) {
        return http.get().uri(path)
                .accept(MediaType.TEXT_HTML, MediaType.parseMediaType("application/xhtml+xml"), MediaType.ALL)
                .exchange()
                .expectBody().returnResult();
    }

    private static ResponseCookie sessionCookie(EntityExchangeResult<?> result) {
        List<ResponseCookie> cookies = result.getResponseCookies().get("TRAAM_SESSION");
        assertThat(cookies).as("TRAAM_SESSION set").isNotNull().hasSize(1);
        return cookies.get(0);
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}

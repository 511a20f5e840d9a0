package fr.education.traam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.netty.http.client.HttpClient;

/**
 * A person logged in through the gateway: back to the page asked for with a new session id, their access token relayed
 * to web and to nothing else, refreshed once expired, a refused refresh logging them out, and logging out ending the
 * session and the provider's. The provider is {@link FakeProvider}, a real HTTP server with real tokens standing for
 * {@code infra/identity}; the web module a {@link FakeService}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoggedInBrowserTest {

    private static final FakeProvider PROVIDER = FakeProvider.start();
    private static final FakeService WEB = FakeService.start();
    private static final FakeService CAMPAIGNS = FakeService.start();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("traam.gateway.services.web", WEB::baseUrl);
        registry.add("traam.gateway.services.campaigns", CAMPAIGNS::baseUrl);
        // Bearer tokens checked against the provider's JWK set, as on ./traam up; the key file is never read.
        registry.add("traam.security.jwt.jwk-set-uri", () -> PROVIDER.issuer() + "/oauth2/jwks");
        registry.add("traam.security.jwt.public-key-location", () -> "file:/nonexistent/jwt-public.pem");
        // One issuer for the login and the bearer tokens, as on ./traam up: the provider's.
        registry.add("traam.security.jwt.issuer", PROVIDER::issuer);
        registry.add("traam.gateway.login.issuer", PROVIDER::issuer);
        registry.add("traam.gateway.login.session.idle-timeout", () -> "40m");
        registry.add("traam.gateway.login.session.login-timeout", () -> "3m");
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
        PROVIDER.accessTokensLive(Duration.ofMinutes(5));
        PROVIDER.acceptRefreshTokens();
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
        WEB.close();
        CAMPAIGNS.close();
    }

    @Test
    void logs_in_back_to_the_page_asked_for_and_relays_the_token_to_web_only() {
        Login login = logIn("dan-lyon", "/espace/candidatures?campagne=2026");

        assertThat(login.landing()).hasToString("/espace/candidatures?campagne=2026");
        assertThat(login.session().getValue()).as("a new session id once logged in (no session fixation)")
                .isNotEqualTo(login.before().getValue());
        assertThat(PROVIDER.tokenRequests()).last().satisfies(exchange -> {
            assertThat(exchange.grantType()).isEqualTo("authorization_code");
            assertThat(exchange.form()).containsKey("code_verifier");
        });
        String accessToken = PROVIDER.issuedAccessTokens().get(PROVIDER.issuedAccessTokens().size() - 1);

        page("/espace/candidatures?campagne=2026", login.session()).expectStatus().isOk();
        assertThat(WEB.lastRequest().authorization()).isEqualTo("Bearer " + accessToken);
        assertThat(WEB.lastRequest().cookie()).isNull();

        page("/", login.session()).expectStatus().isOk();
        assertThat(WEB.lastRequest().authorization()).as("public pages too: web shows who is logged in")
                .isEqualTo("Bearer " + accessToken);

        page("/api/campaigns/2026", login.session()).expectStatus().isOk();
        assertThat(CAMPAIGNS.lastRequest().authorization()).as("no route but web relays the token").isNull();

        page("/connexion", login.session()).expectStatus().isFound().expectHeader().location("/espace");
    }

    @Test
    void a_login_gives_the_session_the_idle_timeout(@Autowired WebSessionManager sessions) {
        InMemoryWebSessionStore store = (InMemoryWebSessionStore) ((DefaultWebSessionManager) sessions)
                .getSessionStore();

        Login login = logIn("editeur", "/espace");

        assertThat(store.retrieveSession(login.session().getValue()).block().getMaxIdleTime())
                .isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void refreshes_an_expired_access_token_with_the_rotated_refresh_token() {
        // Under the gateway's 60 s clock skew: every access token is due for refresh as soon as it is issued.
        PROVIDER.accessTokensLive(Duration.ofSeconds(30));
        Login login = logIn("enseignant1-lyon", "/espace");
        String first = last(PROVIDER.issuedAccessTokens());
        String firstRefresh = last(PROVIDER.issuedRefreshTokens());

        page("/espace", login.session()).expectStatus().isOk();
        String refreshed = last(PROVIDER.issuedAccessTokens());
        assertThat(refreshed).isNotEqualTo(first);
        assertThat(WEB.lastRequest().authorization()).isEqualTo("Bearer " + refreshed);
        FakeProvider.TokenRequest refresh = last(PROVIDER.tokenRequests());
        assertThat(refresh.grantType()).isEqualTo("refresh_token");
        assertThat(refresh.form()).containsEntry("refresh_token", firstRefresh);

        page("/espace", login.session()).expectStatus().isOk();
        assertThat(last(PROVIDER.tokenRequests()).form().get("refresh_token"))
                .as("the rotated refresh token, kept in the session").isNotEqualTo(firstRefresh);
        assertThat(WEB.lastRequest().authorization()).isEqualTo("Bearer " + last(PROVIDER.issuedAccessTokens()));
    }

    @Test
    void pages_asked_together_while_the_token_is_due_share_one_refresh_and_keep_the_session() throws Exception {
        // A page and the requests htmx sends beside it reach the gateway together. The provider rotates refresh
        // tokens and refuses one used twice, so two refreshes at once would log the person out.
        PROVIDER.accessTokensLive(Duration.ofSeconds(30));
        Login login = logIn("enseignant2-lyon", "/espace");
        long refreshesBefore = refreshes();
        PROVIDER.answerTokensAfter(Duration.ofSeconds(1));
        ExecutorService browser = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> pages = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pages.add(browser.submit(() -> page("/espace", login.session()).returnResult(Void.class).getStatus().value()));
            }
            for (Future<Integer> status : pages) {
                assertThat(status.get(30, TimeUnit.SECONDS)).as("each page, still logged in").isEqualTo(200);
            }
        } finally {
            PROVIDER.answerTokensAfter(Duration.ZERO);
            browser.shutdownNow();
        }

        assertThat(refreshes() - refreshesBefore).as("refreshes for four pages asked at once").isEqualTo(1);
        page("/espace", login.session()).expectStatus().isOk();
        assertThat(WEB.lastRequest().authorization()).isEqualTo("Bearer " + last(PROVIDER.issuedAccessTokens()));
    }

    @Test
    void a_refused_refresh_logs_the_person_out_of_the_gateway_instead_of_showing_an_error() {
        PROVIDER.accessTokensLive(Duration.ofSeconds(30));
        Login login = logIn("cardie-lyon", "/espace/groupes");
        PROVIDER.refuseRefreshTokens();
        int webCalls = WEB.requestCount();

        EntityExchangeResult<byte[]> answer = page("/espace/groupes", login.session()).expectBody().returnResult();

        assertThat(answer.getStatus().value()).isEqualTo(302);
        assertThat(answer.getResponseHeaders().getLocation()).as("the same page, asked again without a session")
                .hasToString("/espace/groupes");
        assertThat(answer.getResponseCookies().getFirst("TRAAM_SESSION").getMaxAge()).isEqualTo(Duration.ZERO);
        assertThat(WEB.requestCount()).isEqualTo(webCalls);
        page("/espace/groupes", login.session()).expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/traam");
        page("/", login.session()).expectStatus().isOk();
        assertThat(WEB.lastRequest().authorization()).isNull();
    }

    @Test
    void logging_out_ends_the_session_and_the_provider_s() {
        Login login = logIn("inspecteur-lyon", "/espace");

        EntityExchangeResult<byte[]> loggedOut = http.post().uri("/deconnexion")
                .cookie(login.session().getName(), login.session().getValue())
                .exchange()
                .expectStatus().isFound()
                .expectBody().returnResult();

        URI endSession = loggedOut.getResponseHeaders().getLocation();
        assertThat(endSession.getScheme() + "://" + endSession.getAuthority() + endSession.getPath())
                .isEqualTo(PROVIDER.issuer() + "/connect/logout");
        MultiValueMap<String, String> parameters = UriComponentsBuilder.fromUri(endSession).build(true)
                .getQueryParams();
        assertThat(parameters.getFirst("id_token_hint")).isNotBlank();
        assertThat(decoded(parameters.getFirst("post_logout_redirect_uri"))).isEqualTo("http://localhost:" + port + "/");
        assertThat(loggedOut.getResponseCookies().getFirst("TRAAM_SESSION").getMaxAge()).isEqualTo(Duration.ZERO);

        page("/espace", login.session()).expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/traam");
        page("/", login.session()).expectStatus().isOk();
        assertThat(WEB.lastRequest().authorization()).as("the tokens went with the session").isNull();
    }

    @Test
    void checks_bearer_tokens_against_the_provider_s_jwk_set_when_one_is_named() {
        String token = TestTokens.valid("academie-10", PROVIDER.issuer());

        http.get().uri("/api/campaigns/2026").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk();
        assertThat(CAMPAIGNS.lastRequest().authorization()).isEqualTo("Bearer " + token);

        http.get().uri("/api/campaigns/2026")
                .header("Authorization", "Bearer " + TestTokens.signedByAnotherKey("academie-10", PROVIDER.issuer()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/invalid-token");
    }

    @Test
    void the_id_token_of_a_login_is_refused_as_a_bearer_and_its_access_token_is_not() {
        // Same key, same issuer, unexpired: only its typ (JWT, not at+jwt) tells it from an access token (ADR 5). It is
        // the token the browser carries to the provider at logout (id_token_hint), so it must open nothing.
        logIn("dan-lyon", "/espace");
        String idToken = last(PROVIDER.issuedIdTokens());
        String accessToken = last(PROVIDER.issuedAccessTokens());
        int before = CAMPAIGNS.requestCount();

        http.get().uri("/api/campaigns/2026").header("Authorization", "Bearer " + idToken).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://traam.education.fr/problems/invalid-token");
        assertThat(CAMPAIGNS.requestCount()).as("the ID token never reached the service").isEqualTo(before);

        http.get().uri("/api/campaigns/2026").header("Authorization", "Bearer " + accessToken).exchange()
                .expectStatus().isOk();
        assertThat(CAMPAIGNS.lastRequest().authorization()).isEqualTo("Bearer " + accessToken);
    }

    private record Login(ResponseCookie before, ResponseCookie session, URI landing) {
    }

    /** The browser's side of a login: the page, the gateway's redirect, the provider's code, the callback. */
    private Login logIn(String subject, String page) {
        EntityExchangeResult<byte[]> asked = http.get().uri(page).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound().expectBody().returnResult();
        ResponseCookie before = asked.getResponseCookies().getFirst("TRAAM_SESSION");
        URI authorize = http.get().uri("/oauth2/authorization/traam").cookie(before.getName(), before.getValue())
                .exchange().expectStatus().isFound().returnResult(Void.class).getResponseHeaders().getLocation();
        Map<String, String> request = UriComponentsBuilder.fromUri(authorize).build(true).getQueryParams()
                .toSingleValueMap();
        String code = PROVIDER.issueCode(subject, decoded(request.get("nonce")), decoded(request.get("code_challenge")),
                decoded(request.get("redirect_uri")));

        EntityExchangeResult<byte[]> callback = http.get()
                .uri(URI.create("http://localhost:" + port + "/login/oauth2/code/traam?code=" + code + "&state="
                        + request.get("state")))
                .cookie(before.getName(), before.getValue())
                .exchange()
                .expectStatus().isFound()
                .expectBody().returnResult();
        ResponseCookie session = callback.getResponseCookies().getFirst("TRAAM_SESSION");
        assertThat(session).as("the session cookie after the login").isNotNull();
        return new Login(before, session, callback.getResponseHeaders().getLocation());
    }

    private static long refreshes() {
        return PROVIDER.tokenRequests().stream().filter(request -> "refresh_token".equals(request.grantType())).count();
    }

    private WebTestClient.ResponseSpec page(String path, ResponseCookie session) {
        return http.get().uri(path).accept(MediaType.TEXT_HTML).cookie(session.getName(), session.getValue())
                .exchange();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static String decoded(String value) {
        return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}

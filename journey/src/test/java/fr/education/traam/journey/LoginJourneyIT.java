package fr.education.traam.journey;

import static fr.education.traam.journey.CookieBrowser.hiddenField;
import static fr.education.traam.journey.CookieBrowser.holdsAJwt;
import static fr.education.traam.journey.CookieBrowser.next;
import static fr.education.traam.journey.CookieBrowser.text;
import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login of issue 13 on the real platform, as a browser goes through it, one redirect at a time: the gateway sends
 * a person who asks for {@code /espace} to the provider's French login page, the form posted with its CSRF token
 * brings them back through the code callback to {@code /espace} with their name; the browser holds the gateway's
 * session cookie, web's CSRF cookie and the provider's session cookie, and never a token (only the logout redirect
 * carries the ID token as {@code id_token_hint}, as OpenID Connect's RP-initiated logout says). The session gives no
 * rights on the API. The access token is refreshed: the person still reaches {@code /espace} once their first one
 * is past what any verifier accepts. Logging out ends the gateway's session and the provider's. A wrong password gets
 * the French error and no session; an académie's system gets its own token by client credentials and uses the API.
 */
@ExtendWith(SharedPlatform.class)
class LoginJourneyIT {

    private static final Logger log = LoggerFactory.getLogger(LoginJourneyIT.class);
    private static final String PASSWORD = "traam-demo";

    private static URI gateway;
    private static URI identity;

    @BeforeAll
    static void useTheSharedPlatform() {
        gateway = SharedPlatform.running().platform().gateway();
        identity = SharedPlatform.running().platform().identity();
    }

    @Test
    void a_dan_logs_in_through_the_provider_is_refreshed_holds_no_token_and_logs_out_of_both() throws InterruptedException {
        CookieBrowser browser = new CookieBrowser();

        HttpResponse<String> loginPage = toTheLoginPage(browser);
        HttpResponse<String> posted = browser.post(identity.resolve("/login"), form("username", "dan-lyon",
                "password", PASSWORD, "_csrf", hiddenField(loginPage.body(), "_csrf")));
        assertThat(posted.statusCode()).as("the provider takes the form").isEqualTo(302);
        URI authorize = next(posted);
        assertThat(authorize.getAuthority()).isEqualTo(identity.getAuthority());
        assertThat(authorize.getPath()).as("back to the authorization asked for").isEqualTo("/oauth2/authorize");

        HttpResponse<String> code = browser.get(authorize);
        assertThat(code.statusCode()).isEqualTo(302);
        URI callback = next(code);
        assertThat(callback.getAuthority()).as("the code goes to the gateway").isEqualTo(gateway.getAuthority());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/traam");
        assertThat(callback.getQuery()).contains("code=", "state=");

        HttpResponse<String> loggedIn = browser.get(callback);
        Instant firstToken = Instant.now();
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        assertThat(next(loggedIn)).as("back to the page asked for").isEqualTo(gateway.resolve("/espace"));

        HttpResponse<String> espace = browser.get(next(loggedIn));
        assertThat(espace.statusCode()).as(espace.body()).isEqualTo(200);
        assertThat(text(espace.body())).contains("Mon espace", "DAN de l'académie de Lyon", "dan@ac-lyon.fr", "Se déconnecter")
                .doesNotContain("Se connecter");

        assertThat(browser.allCookies()).extracting(HttpCookie::getName)
                .as("the gateway's session, web's CSRF token, the provider's session")
                .contains("TRAAM_SESSION", "XSRF-TOKEN", "TRAAM_IDENTITY_SESSION");
        HttpCookie session = browser.allCookies().stream().filter(c -> c.getName().equals("TRAAM_SESSION")).findFirst().orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();

        // The session is the browser's, not the API's: the same call a DAN makes with a token is anonymous with it.
        HttpResponse<String> api = browser.getJson(gateway.resolve("/api/candidatures"));
        assertProblem(api, 401, "unauthorized");

        // The first access token lives SharedPlatform.ACCESS_TOKEN_TTL; web, like every verifier, accepts one up to
        // the clock skew past its expiry. Past both, only a token the gateway obtained with the refresh token opens
        // /espace: a relayed expired token would send the browser to /connexion, a refused refresh would end the session.
        Duration pastEveryVerifier = SharedPlatform.ACCESS_TOKEN_TTL.plus(SharedPlatform.VERIFIERS_CLOCK_SKEW).plusSeconds(2);
        Duration left = Duration.between(Instant.now(), firstToken.plus(pastEveryVerifier));
        log.info("Waiting {} s for the first access token to be past every verifier's clock skew", left.toSeconds());
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        HttpResponse<String> refreshed = browser.get(gateway.resolve("/espace"));
        assertThat(refreshed.statusCode()).as("still logged in after the first token expired: " + refreshed.headers().map())
                .isEqualTo(200);
        assertThat(text(refreshed.body())).contains("DAN de l'académie de Lyon");

        HttpResponse<String> logout = browser.post(gateway.resolve("/deconnexion"),
                form("_csrf", hiddenField(refreshed.body(), "_csrf")));
        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = next(logout);
        assertThat(endSession.getAuthority()).isEqualTo(identity.getAuthority());
        assertThat(endSession.getPath()).isEqualTo("/connect/logout");
        assertThat(endSession.getQuery()).contains("id_token_hint=eyJ", "post_logout_redirect_uri=" + gateway.resolve("/"));

        HttpResponse<String> providerLoggedOut = browser.get(endSession);
        assertThat(providerLoggedOut.statusCode()).as(providerLoggedOut.body()).isEqualTo(302);
        assertThat(next(providerLoggedOut).toString()).startsWith(gateway.resolve("/").toString());
        HttpResponse<String> home = browser.get(next(providerLoggedOut));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(text(home.body())).contains("Se connecter").doesNotContain("Se déconnecter");

        // Both sessions ended: /espace asks for the password again, the provider no longer knowing the person either.
        HttpResponse<String> again = toTheLoginPage(browser);
        assertThat(text(again.body())).doesNotContain("DAN de l'académie");

        nothingTheBrowserHeldOrWasShownIsAToken(browser, endSession);
    }

    @Test
    void a_wrong_password_gets_the_french_error_and_no_session() {
        CookieBrowser browser = new CookieBrowser();
        HttpResponse<String> loginPage = toTheLoginPage(browser);

        HttpResponse<String> refused = browser.post(identity.resolve("/login"), form("username", "dan-lyon",
                "password", "pas-le-bon", "_csrf", hiddenField(loginPage.body(), "_csrf")));
        assertThat(refused.statusCode()).isEqualTo(302);
        URI error = next(refused);
        assertThat(error.getAuthority()).isEqualTo(identity.getAuthority());
        assertThat(error.getPath()).isEqualTo("/login");
        HttpResponse<String> errorPage = browser.get(error);
        assertThat(errorPage.statusCode()).isEqualTo(200);
        assertThat(text(errorPage.body())).contains("Identifiant ou mot de passe incorrect");

        // Not logged in, at the gateway nor at the provider: /espace leads to the login form again.
        HttpResponse<String> again = toTheLoginPage(browser);
        assertThat(text(again.body())).contains("Connexion");
        nothingTheBrowserHeldOrWasShownIsAToken(browser, null);
    }

    @Test
    void an_academie_s_system_gets_a_client_credentials_token_and_calls_the_api_as_its_dan() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String basic = Base64.getEncoder().encodeToString("academie-10:traam-academie-local-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(identity.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String accessToken = Gateway.json(token).get("access_token").asString();
        assertThat(Gateway.json(token).get("token_type").asString()).isEqualTo("Bearer");

        Gateway api = SharedPlatform.running().gateway();
        assertProblem(api.get("/api/candidatures", null), 401, "unauthorized");
        HttpResponse<String> candidatures = api.get("/api/candidatures?academy=10", "Bearer " + accessToken);
        assertThat(candidatures.statusCode()).as(candidatures.body()).isEqualTo(200);
        assertThat(Gateway.json(candidatures).isArray()).isTrue();
        // The secret is what identifies the system: a wrong one gets OAuth2's error, no token.
        HttpResponse<String> wrongSecret = http.send(HttpRequest.newBuilder(identity.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("academie-10:pas-le-bon".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongSecret.statusCode()).as("a wrong secret gets no token").isEqualTo(401);
        assertThat(wrongSecret.body()).doesNotContain("access_token");
    }

    /**
     * {@code /espace} without a login: the gateway starts one (its authorization endpoint), which sends the browser to
     * the provider, which shows its French login page: each hop asserted, the login page returned.
     */
    private static HttpResponse<String> toTheLoginPage(CookieBrowser browser) {
        HttpResponse<String> espace = browser.get(gateway.resolve("/espace"));
        assertThat(espace.statusCode()).as("/espace needs a login").isEqualTo(302);
        URI start = next(espace);
        assertThat(start).isEqualTo(gateway.resolve("/oauth2/authorization/traam"));

        HttpResponse<String> started = browser.get(start);
        assertThat(started.statusCode()).isEqualTo(302);
        URI authorize = next(started);
        assertThat(authorize.getAuthority()).as("to the provider").isEqualTo(identity.getAuthority());
        assertThat(authorize.getPath()).isEqualTo("/oauth2/authorize");
        assertThat(authorize.getQuery()).contains("response_type=code", "client_id=traam-gateway", "code_challenge=",
                "code_challenge_method=S256", "redirect_uri=" + gateway.resolve("/login/oauth2/code/traam"));

        HttpResponse<String> toLogin = browser.get(authorize);
        assertThat(toLogin.statusCode()).as("not logged in at the provider").isEqualTo(302);
        URI login = next(toLogin);
        assertThat(login).isEqualTo(identity.resolve("/login"));

        HttpResponse<String> page = browser.get(login);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"fr\"");
        assertThat(text(page.body())).contains("Connexion", "Identifiant", "Mot de passe", "Se connecter");
        return page;
    }

    /**
     * No cookie the browser holds or was sent, no page or redirect it received, looks like a JWT, but for the ID
     * token of the logout redirect ({@code allowed}), which OpenID Connect's RP-initiated logout puts there.
     */
    private static void nothingTheBrowserHeldOrWasShownIsAToken(CookieBrowser browser, URI allowed) {
        assertThat(browser.exchanges()).as("every exchange was recorded").isNotEmpty();
        assertThat(browser.allCookies()).filteredOn(cookie -> holdsAJwt(cookie.getValue())).as("cookies held").isEmpty();
        List<String> seen = browser.exchanges().stream()
                .flatMap(exchange -> Stream.concat(Stream.of(exchange.body()), exchange.setCookies().stream())
                        .filter(CookieBrowser::holdsAJwt)
                        .map(found -> exchange.method() + " " + exchange.uri() + " → " + exchange.status()))
                .toList();
        assertThat(seen).as("bodies and Set-Cookie headers with a JWT").isEmpty();
        List<String> redirects = browser.exchanges().stream()
                .filter(exchange -> exchange.location().filter(CookieBrowser::holdsAJwt).isPresent())
                .map(exchange -> URI.create(exchange.location().orElseThrow()).toString())
                .toList();
        assertThat(redirects).as("redirects with a JWT: only the logout's id_token_hint")
                .isEqualTo(allowed == null ? List.of() : List.of(allowed.toString()));
    }

    private static Map<String, String> form(String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }
}

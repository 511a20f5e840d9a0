package fr.education.traam.identity;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.education.traam.embedded.identity.SigningKeys;
import fr.education.traam.embedded.identity.TokenMinter;
import fr.education.traam.identity.GatewayPlayer.Pkce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fr.education.traam.identity.GatewayPlayer.json;
import static fr.education.traam.identity.GatewayPlayer.location;
import static fr.education.traam.identity.GatewayPlayer.queryOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider over real HTTP, played by a client that does what the gateway and a browser do: the authorization
 * code flow with PKCE through the real login form, the tokens verified against the provider's own JWK set, refresh
 * with rotation, logout, and the académies' client credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IdentityProviderTest.SETTINGS)
class IdentityProviderTest {

    static final String ISSUER = "http://localhost:9000";
    static final String KEYS = "target/test-keys";
    static final String SETTINGS = "traam.identity.signing-keys=" + KEYS;

    @LocalServerPort
    int port;
    GatewayPlayer gateway;

    @BeforeEach
    void player() {
        gateway = new GatewayPlayer(port);
    }

    @Test
    void a_demo_dan_logs_in_through_the_form_with_pkce_and_gets_tokens_signed_with_the_platform_key() {
        Pkce pkce = Pkce.create();
        String code = gateway.logInAndGetCode("dan-lyon", pkce);
        HttpResponse<String> response = gateway.exchange(code, pkce.verifier());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = json(response);
        assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asInt()).isBetween(290, 300);

        ProviderTokens provider = ProviderTokens.fetch(gateway);
        // The JWK set publishes the platform's own key pair, under its RFC 7638 thumbprint.
        RSAKey published = (RSAKey) provider.keys().getKeys().get(0);
        SigningKeys platform = SigningKeys.loadOrCreate(Path.of(KEYS));
        assertThat(provider.keys().getKeys()).hasSize(1);
        assertThat(published.isPrivate()).isFalse();
        assertThat(published.getModulus().decodeToBigInteger()).isEqualTo(platform.publicKey().getModulus());
        assertThat(ProviderTokens.kidOf(tokens.get("access_token").asString())).isEqualTo(thumbprint(platform));
        assertThat(ProviderTokens.typeOf(tokens.get("access_token").asString())).as("RFC 9068").isEqualTo("at+jwt");

        JWTClaimsSet access = provider.verify(tokens.get("access_token").asString());
        assertThat(access.getIssuer()).isEqualTo(ISSUER);
        assertThat(access.getSubject()).isEqualTo("dan-lyon");
        assertThat(access.getClaim("roles")).isEqualTo(List.of("DAN"));
        assertThat(access.getClaim("academy")).isEqualTo("10");
        assertThat(access.getClaim("email")).isEqualTo("dan@ac-lyon.fr");
        assertThat(access.getClaim("name")).isEqualTo("DAN de l'académie de Lyon");
        assertThat(Duration.between(access.getIssueTime().toInstant(), access.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));

        JWTClaimsSet id = provider.verify(tokens.get("id_token").asString());
        assertThat(id.getIssuer()).isEqualTo(ISSUER);
        assertThat(id.getSubject()).isEqualTo("dan-lyon");
        assertThat(id.getAudience()).containsExactly(GatewayPlayer.CLIENT);
        assertThat(id.getClaim("email")).isEqualTo("dan@ac-lyon.fr");
        assertThat(id.getClaim("name")).isEqualTo("DAN de l'académie de Lyon");
        assertThat(id.getClaims()).as("the ID token decides nothing: it names the person only")
                .doesNotContainKeys("roles", "academy");
        assertThat(Duration.between(id.getIssueTime().toInstant(), id.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(ProviderTokens.kidOf(tokens.get("id_token").asString())).isEqualTo(thumbprint(platform));
        assertThat(ProviderTokens.typeOf(tokens.get("id_token").asString())).as("never taken for an access token")
                .isNotEqualToIgnoringCase("at+jwt").isNotEqualToIgnoringCase("application/at+jwt");

        HttpResponse<String> userInfoAnswer = gateway.withBearer("/userinfo", tokens.get("access_token").asString());
        assertThat(userInfoAnswer.statusCode()).as(userInfoAnswer.body()).isEqualTo(200);
        JsonNode userInfo = json(userInfoAnswer);
        assertThat(userInfo.get("sub").asString()).isEqualTo("dan-lyon");
        assertThat(userInfo.get("email").asString()).isEqualTo("dan@ac-lyon.fr");
        assertThat(userInfo.get("name").asString()).isEqualTo("DAN de l'académie de Lyon");
        assertThat(userInfo.get("roles").get(0).asString()).isEqualTo("DAN");
        assertThat(userInfo.get("academy").asString()).isEqualTo("10");
        assertThat(gateway.withBearer("/userinfo", tokens.get("id_token").asString()).statusCode())
                .as("the ID token is no bearer here either").isEqualTo(401);
    }

    @Test
    void a_national_expert_s_tokens_carry_no_academy() {
        Pkce pkce = Pkce.create();
        JsonNode tokens = json(gateway.exchange(gateway.logInAndGetCode("expert-lettres", pkce), pkce.verifier()));
        JWTClaimsSet access = ProviderTokens.fetch(gateway).verify(tokens.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("expert-lettres");
        assertThat(access.getClaim("roles")).isEqualTo(List.of("DNE_EXPERT"));
        assertThat(access.getClaim("name")).isEqualTo("Claire Martin");
        assertThat(access.getClaim("email")).isEqualTo("expert-lettres@education.gouv.fr");
        assertThat(access.getClaims()).doesNotContainKey("academy");
    }

    @Test
    void a_refresh_gives_a_new_access_token_and_the_old_refresh_token_is_refused() {
        Pkce pkce = Pkce.create();
        JsonNode first = json(gateway.exchange(gateway.logInAndGetCode("enseignant1-clermont-ferrand", pkce), pkce.verifier()));
        String oldRefresh = first.get("refresh_token").asString();

        HttpResponse<String> refreshed = gateway.refresh(oldRefresh);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode second = json(refreshed);
        assertThat(second.get("access_token").asString()).isNotEqualTo(first.get("access_token").asString());
        assertThat(second.get("refresh_token").asString()).isNotEqualTo(oldRefresh);
        JWTClaimsSet access = ProviderTokens.fetch(gateway).verify(second.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("enseignant1-clermont-ferrand");
        assertThat(access.getClaim("roles")).isEqualTo(List.of("TEACHER"));
        assertThat(access.getClaim("academy")).isEqualTo("06");
        assertThat(access.getClaim("email")).isEqualTo("enseignant1@ac-clermont.fr");
        assertThat(ProviderTokens.typeOf(second.get("access_token").asString())).isEqualTo("at+jwt");
        // A refresh gives a new ID token too (the scopes hold openid), held to the same rules.
        String idToken = second.get("id_token").asString();
        JWTClaimsSet id = ProviderTokens.fetch(gateway).verify(idToken);
        assertThat(ProviderTokens.typeOf(idToken)).isNotEqualToIgnoringCase("at+jwt");
        assertThat(id.getClaims()).doesNotContainKeys("roles", "academy");
        assertThat(Duration.between(id.getIssueTime().toInstant(), id.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));

        HttpResponse<String> replayed = gateway.refresh(oldRefresh);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(json(replayed).get("error").asString()).isEqualTo("invalid_grant");
        assertThat(gateway.refresh(second.get("refresh_token").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_shows_the_french_error_and_gives_no_code() {
        String state = UUID.randomUUID().toString();
        gateway.authorize(Optional.of(Pkce.create()), state);
        HttpResponse<String> refused = gateway.submitLogin("dan-lyon", "not-the-password");
        assertThat(location(refused)).isEqualTo(gateway.uri("/login?error").toString());

        HttpResponse<String> page = gateway.getHtml(location(refused));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("role=\"alert\"")
                .contains("Identifiant ou mot de passe incorrect")
                .contains("for=\"username\">Identifiant</label>").contains("for=\"password\">Mot de passe</label>")
                .contains("<title>Erreur de connexion – TraAM</title>")
                .contains("<link rel=\"stylesheet\" href=\"http://localhost:8080/theme/site.css\">")
                .contains("href=\"/comptes-de-demonstration\"");
        // Still not logged in: the authorization request goes back to the form.
        GatewayPlayer.requireRedirect(gateway.authorize(Optional.of(Pkce.create()), state), gateway.uri("/login").toString());
        assertThat(gateway.getHtml("/login").body()).doesNotContain("role=\"alert\"");
    }

    @Test
    void a_login_that_does_not_come_from_the_platform_ends_on_the_platform_s_home_page() {
        HttpResponse<String> login = gateway.submitLogin("editeur", GatewayPlayer.PASSWORD);
        assertThat(location(login)).isEqualTo(gateway.uri("/").toString());
        assertThat(location(gateway.getHtml(location(login)))).isEqualTo("http://localhost:8080/");
    }

    @Test
    void an_authorization_request_without_pkce_is_refused_and_so_is_a_code_exchanged_without_its_verifier() {
        String state = UUID.randomUUID().toString();
        HttpResponse<String> withoutPkce = gateway.authorize(Optional.empty(), state);
        Map<String, String> answer = queryOf(location(withoutPkce));
        assertThat(location(withoutPkce)).startsWith(GatewayPlayer.REDIRECT_URI + "?");
        assertThat(answer).containsEntry("error", "invalid_request").containsEntry("state", state).doesNotContainKey("code");
        assertThat(answer.get("error_description")).contains("code_challenge");

        Pkce pkce = Pkce.create();
        String code = gateway.logInAndGetCode("dan-lyon", pkce);
        HttpResponse<String> noVerifier = gateway.exchange(code, null);
        assertThat(noVerifier.statusCode()).isEqualTo(400);
        assertThat(json(noVerifier).get("error").asString()).isEqualTo("invalid_grant");
        assertThat(gateway.exchange(code, Pkce.create().verifier()).statusCode()).as("another verifier").isEqualTo(400);
    }

    @Test
    void an_academie_s_system_gets_a_dan_token_of_its_academie_by_client_credentials() {
        HttpResponse<String> response = gateway.clientCredentials("academie-10", "traam-academie-local-secret");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JWTClaimsSet access = ProviderTokens.fetch(gateway).verify(json(response).get("access_token").asString());
        assertThat(access.getIssuer()).isEqualTo(ISSUER);
        assertThat(access.getSubject()).isEqualTo("academie-10");
        assertThat(ProviderTokens.typeOf(json(response).get("access_token").asString())).isEqualTo("at+jwt");
        assertThat(access.getClaim("roles")).isEqualTo(List.of("DAN"));
        assertThat(access.getClaim("academy")).isEqualTo("10");
        assertThat(Duration.between(access.getIssueTime().toInstant(), access.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));

        JWTClaimsSet reunion = ProviderTokens.fetch(gateway).verify(
                json(gateway.clientCredentials("academie-28", "traam-academie-local-secret")).get("access_token").asString());
        assertThat(reunion.getClaim("academy")).isEqualTo("28");

        HttpResponse<String> wrongSecret = gateway.clientCredentials("academie-10", "guess");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(json(wrongSecret).get("error").asString()).isEqualTo("invalid_client");
        assertThat(gateway.clientCredentials("academie-99", "traam-academie-local-secret").statusCode()).isEqualTo(401);
        HttpResponse<String> gatewayByCredentials = gateway.clientCredentials(GatewayPlayer.CLIENT, GatewayPlayer.SECRET);
        assertThat(json(gatewayByCredentials).get("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void a_token_minted_by_traam_token_names_the_same_key_and_verifies_against_the_provider_s_jwks() {
        SigningKeys platform = SigningKeys.loadOrCreate(Path.of(KEYS));
        String minted = new TokenMinter(platform, ISSUER, Clock.systemUTC()).mint(new TokenMinter.TokenRequest(
                "script", List.of("OPERATOR"), null, Duration.ofMinutes(5)));
        ProviderTokens provider = ProviderTokens.fetch(gateway);
        assertThat(ProviderTokens.kidOf(minted)).isEqualTo(provider.keys().getKeys().get(0).getKeyID());
        assertThat(provider.verify(minted).getSubject()).isEqualTo("script");

        String forged = new TokenMinter(SigningKeys.generate(), ISSUER, Clock.systemUTC()).mint(new TokenMinter.TokenRequest(
                "forger", List.of("OPERATOR"), null, Duration.ofMinutes(5)));
        assertThat(provider.keys().getKeyByKeyId(ProviderTokens.kidOf(forged))).as("another key's kid").isNull();
    }

    @Test
    void rp_initiated_logout_ends_the_session_so_the_next_authorization_asks_for_the_login_again() {
        Pkce pkce = Pkce.create();
        JsonNode tokens = json(gateway.exchange(gateway.logInAndGetCode("cardie-la-reunion", pkce), pkce.verifier()));
        String state = UUID.randomUUID().toString();
        // Logged in: a second authorization needs no form.
        GatewayPlayer.codeOf(gateway.authorize(Optional.of(Pkce.create()), state), state);

        // Only to the registered address after logout: the provider is no open redirect.
        HttpResponse<String> elsewhere = gateway.getHtml("/connect/logout?" + GatewayPlayer.form(Map.of(
                "id_token_hint", tokens.get("id_token").asString(),
                "post_logout_redirect_uri", "https://ailleurs.example/",
                "client_id", GatewayPlayer.CLIENT)));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
        GatewayPlayer.codeOf(gateway.authorize(Optional.of(Pkce.create()), state), state);

        HttpResponse<String> logout = gateway.getHtml("/connect/logout?" + GatewayPlayer.form(Map.of(
                "id_token_hint", tokens.get("id_token").asString(),
                "post_logout_redirect_uri", GatewayPlayer.POST_LOGOUT_URI,
                "client_id", GatewayPlayer.CLIENT)));
        assertThat(location(logout)).isEqualTo(GatewayPlayer.POST_LOGOUT_URI);

        GatewayPlayer.requireRedirect(gateway.authorize(Optional.of(Pkce.create()), state), gateway.uri("/login").toString());
    }

    @Test
    void after_a_refresh_logout_still_takes_the_login_s_id_token_which_the_gateway_holds() {
        Pkce pkce = Pkce.create();
        JsonNode login = json(gateway.exchange(gateway.logInAndGetCode("dan-lyon", pkce), pkce.verifier()));
        JsonNode refreshed = json(gateway.refresh(login.get("refresh_token").asString()));
        assertThat(refreshed.get("id_token").asString()).as("a refresh gives a new ID token")
                .isNotEqualTo(login.get("id_token").asString());
        String state = UUID.randomUUID().toString();

        // Spring Security's client keeps the login's ID token and sends it as the hint; the provider must know it.
        HttpResponse<String> logout = gateway.getHtml("/connect/logout?" + GatewayPlayer.form(Map.of(
                "id_token_hint", login.get("id_token").asString(),
                "post_logout_redirect_uri", GatewayPlayer.POST_LOGOUT_URI,
                "client_id", GatewayPlayer.CLIENT)));
        assertThat(location(logout)).as(logout.body()).isEqualTo(GatewayPlayer.POST_LOGOUT_URI);
        GatewayPlayer.requireRedirect(gateway.authorize(Optional.of(Pkce.create()), state), gateway.uri("/login").toString());

        // An ID token the provider never issued is still refused.
        HttpResponse<String> unknown = gateway.getHtml("/connect/logout?" + GatewayPlayer.form(Map.of(
                "id_token_hint", login.get("access_token").asString(),
                "post_logout_redirect_uri", GatewayPlayer.POST_LOGOUT_URI,
                "client_id", GatewayPlayer.CLIENT)));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void discovery_names_the_issuer_the_key_set_and_the_logout_endpoint() {
        JsonNode discovery = json(gateway.get("/.well-known/openid-configuration", "application/json"));
        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(ISSUER + "/connect/logout");
        assertThat(discovery.get("userinfo_endpoint").asString()).isEqualTo(ISSUER + "/userinfo");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void errors_off_the_protocol_are_a_french_page_or_a_problem_never_a_stack_trace() {
        HttpResponse<String> page = gateway.getHtml("/oauth2/authorize?response_type=code&client_id=inconnu&redirect_uri=http://ailleurs/");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("<h1>Demande incorrecte</h1>")
                .doesNotContain("Exception").doesNotContain("at org.");

        HttpResponse<String> problem = gateway.get("/oauth2/authorize?response_type=code&client_id=inconnu", "application/json");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = json(problem);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("title").asString()).isEqualTo("Demande incorrecte");
        assertThat(problem.body()).doesNotContain("Exception").doesNotContain("trace");

        assertThat(gateway.get("/actuator/health", "application/json").body()).contains("\"UP\"");
        // The login form refuses a post without its CSRF token, in French too.
        HttpResponse<String> forged = gateway.postForm("/login", Map.of("username", "dan-lyon", "password", GatewayPlayer.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("<h1>Accès refusé</h1>").doesNotContain("Exception");

        // No home page of its own: the platform's.
        assertThat(location(gateway.getHtml("/"))).isEqualTo("http://localhost:8080/");
    }

    private static String thumbprint(SigningKeys keys) {
        try {
            return new RSAKey.Builder(keys.publicKey()).build().computeThumbprint().toString();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new AssertionError(e);
        }
    }
}

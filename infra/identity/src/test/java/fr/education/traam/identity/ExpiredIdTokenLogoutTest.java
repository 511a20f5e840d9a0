package fr.education.traam.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.education.traam.identity.GatewayPlayer.Pkce;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fr.education.traam.identity.GatewayPlayer.json;
import static fr.education.traam.identity.GatewayPlayer.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ID token lives briefly ({@code tokens.id-token-ttl}, 5 minutes; one second here) because the gateway needs it
 * alive only at login: at logout, long after, it sends it back as {@code id_token_hint}, and the provider must still end
 * the session with it (OpenID Connect RP-initiated logout accepts an expired hint).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "traam.identity.signing-keys=target/test-keys", "traam.identity.tokens.id-token-ttl=1s"})
class ExpiredIdTokenLogoutTest {

    @LocalServerPort
    int port;

    @Test
    void logout_with_an_expired_id_token_hint_ends_the_provider_s_session() throws InterruptedException {
        GatewayPlayer gateway = new GatewayPlayer(port);
        Pkce pkce = Pkce.create();
        JsonNode tokens = json(gateway.exchange(gateway.logInAndGetCode("igesr", pkce), pkce.verifier()));
        String idToken = tokens.get("id_token").asString();
        JWTClaimsSet id = ProviderTokens.fetch(gateway).verify(idToken);
        assertThat(Duration.between(id.getIssueTime().toInstant(), id.getExpirationTime().toInstant()))
                .as("the setting is applied").isEqualTo(Duration.ofSeconds(1));
        waitUntilPast(id.getExpirationTime().toInstant());

        HttpResponse<String> logout = gateway.getHtml("/connect/logout?" + GatewayPlayer.form(Map.of(
                "id_token_hint", idToken,
                "post_logout_redirect_uri", GatewayPlayer.POST_LOGOUT_URI,
                "client_id", GatewayPlayer.CLIENT)));

        assertThat(location(logout)).isEqualTo(GatewayPlayer.POST_LOGOUT_URI);
        GatewayPlayer.requireRedirect(gateway.authorize(Optional.of(Pkce.create()), UUID.randomUUID().toString()),
                gateway.uri("/login").toString());
    }

    private static void waitUntilPast(Instant instant) throws InterruptedException {
        while (!Instant.now().isAfter(instant.plusMillis(200))) {
            Thread.sleep(100);
        }
    }
}

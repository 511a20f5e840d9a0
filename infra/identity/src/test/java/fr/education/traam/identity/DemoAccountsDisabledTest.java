package fr.education.traam.identity;

import fr.education.traam.identity.GatewayPlayer.Pkce;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

import static fr.education.traam.identity.GatewayPlayer.json;
import static fr.education.traam.identity.GatewayPlayer.location;
import static org.assertj.core.api.Assertions.assertThat;

/** A provider without its demo accounts, as a deployment runs it: no person can log in, the académies' systems still can. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "traam.identity.signing-keys=target/test-keys", "traam.identity.demo-accounts.enabled=false"})
class DemoAccountsDisabledTest {

    @LocalServerPort
    int port;

    @Test
    void no_demo_account_logs_in_and_the_login_page_no_longer_points_to_them() {
        GatewayPlayer gateway = new GatewayPlayer(port);
        gateway.authorize(Optional.of(Pkce.create()), UUID.randomUUID().toString());
        HttpResponse<String> refused = gateway.submitLogin("expert-lettres", GatewayPlayer.PASSWORD);
        assertThat(location(refused)).endsWith("/login?error");
        assertThat(gateway.getHtml("/login").body()).doesNotContain("comptes-de-demonstration");
        assertThat(gateway.getHtml("/comptes-de-demonstration").body())
                .contains("n'a pas de compte de démonstration").doesNotContain("expert-lettres");

        assertThat(json(gateway.clientCredentials("academie-10", "traam-academie-local-secret")).has("access_token")).isTrue();
    }
}

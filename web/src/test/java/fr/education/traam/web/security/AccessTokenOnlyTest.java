package fr.education.traam.web.security;

import fr.education.traam.embedded.identity.TokenMinter;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web takes only an access token for a person (ADR 5, RFC 9068): a token signed by the platform's key under its issuer
 * whose header does not say {@code typ: at+jwt} (an ID token says {@code JWT}) leaves the visitor anonymous, so
 * {@code /espace} sends them to {@code /connexion}; the same token typed {@code at+jwt} opens it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessTokenOnlyTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("traam.security.jwt.public-key-location", () -> TestInfrastructure.tokens().publicKeyLocation());
        registry.add("traam.security.jwt.jwk-set-uri", () -> "");
        registry.add("traam.security.jwt.issuer", () -> TokenMinter.LOCAL_ISSUER);
    }

    @Test
    void a_token_typed_jwt_as_an_id_token_is_not_a_login() {
        assertSentToLogin(espace(TestInfrastructure.tokens().withHeaderType("DAN", "JWT")));
    }

    @Test
    void a_token_without_typ_is_not_a_login() {
        assertSentToLogin(espace(TestInfrastructure.tokens().withHeaderType("DAN", null)));
    }

    @Test
    void an_access_token_opens_espace_whatever_the_case_and_with_the_media_type_prefix() {
        for (String type : new String[] {"at+jwt", "AT+JWT", "application/at+jwt"}) {
            HttpResponse<String> page = espace(TestInfrastructure.tokens().withHeaderType("DAN", type));
            assertThat(page.statusCode()).as(type).isEqualTo(200);
            assertThat(page.body()).as(type).contains("<h1>Mon espace</h1>").contains("Se déconnecter");
        }
    }

    private HttpResponse<String> espace(String authorization) {
        return new ApiClient(port).get("/espace", authorization);
    }

    private static void assertSentToLogin(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));
    }
}

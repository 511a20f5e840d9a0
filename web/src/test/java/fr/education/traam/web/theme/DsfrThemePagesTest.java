package fr.education.traam.web.theme;

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
 * {@code traam.web.theme=dsfr}: the same templates link the deployment's DSFR stylesheet and use its classes, and
 * {@code /theme/site.css}, which the identity provider's login page links too, imports it before our components.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "traam.web.theme=dsfr", "traam.web.dsfr.base-url=https://dsfr.example.gouv.fr/1.13/dist/"})
class DsfrThemePagesTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("traam.security.jwt.public-key-location", () -> TestInfrastructure.tokens().publicKeyLocation());
        registry.add("traam.security.jwt.issuer", () -> TokenMinter.LOCAL_ISSUER);
    }

    @Test
    void the_pages_link_the_deployment_s_dsfr_and_wear_its_classes() {
        ApiClient http = new ApiClient(port);
        String html = http.get("/mentions-legales", null).body();
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"https://dsfr.example.gouv.fr/1.13/dist/dsfr.min.css\">")
                .contains("<link rel=\"stylesheet\" href=\"/theme/site.css\">")
                .contains("class=\"fr-container t-prose\"").contains("class=\"fr-btn fr-btn--secondary\" href=\"/connexion\"")
                .contains("class=\"fr-header t-header\"").doesNotContain("class=\"t-btn");

        HttpResponse<String> css = http.get("/theme/site.css", null);
        assertThat(css.body()).startsWith("@import url(\"https://dsfr.example.gouv.fr/1.13/dist/dsfr.min.css\");")
                .contains(".t-timeline-phase").doesNotContain(".t-btn {");
    }
}

package fr.education.traam.web;

import fr.education.traam.embedded.identity.TokenMinter;
import fr.education.traam.testkit.AccessibleBrowser;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that need no data from the API, over real HTTP on a random port, with real signed tokens: the footer's
 * pages, the error pages (unknown page, API down), the platform's theme in the HTML, CSRF refusing a form sent without
 * its token, {@code /espace} without and with a token. Each is then opened in a real headless Chromium and checked by
 * axe-core (WCAG 2.1 AA) at desktop and phone sizes, screenshots under target/screenshots. The API address points at a
 * port nobody listens on: the pages that read it must say the platform is unavailable, in French, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PublicPagesTest.Failing.class)
class PublicPagesTest {

    /** A page that fails as our own bug would, to see what the visitor gets. */
    @Controller
    static class Failing {
        @GetMapping("/essai/panne")
        String fail() {
            throw new IllegalStateException("détail interne à ne jamais montrer");
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static AccessibleBrowser browser;

    @LocalServerPort
    int port;
    ApiClient http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("traam.security.jwt.public-key-location", () -> TestInfrastructure.tokens().publicKeyLocation());
        registry.add("traam.security.jwt.jwk-set-uri", () -> "");
        registry.add("traam.security.jwt.issuer", () -> TokenMinter.LOCAL_ISSUER);
        registry.add("traam.web.api-url", () -> "http://127.0.0.1:" + closedPort());
        registry.add("traam.web.timeout", () -> "2s");
    }

    @BeforeAll
    static void startBrowser() {
        browser = AccessibleBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void client() {
        http = new ApiClient(port);
    }

    @Test
    void the_footer_s_pages_are_french_and_carry_the_layout_the_skip_link_the_nav_and_the_login_link() {
        Map<String, String> pages = Map.of("/accessibilite", "<h1>Déclaration d'accessibilité</h1>",
                "/mentions-legales", "<h1>Mentions légales</h1>", "/donnees-personnelles", "<h1>Données personnelles</h1>");
        pages.forEach((path, heading) -> {
            HttpResponse<String> page = http.get(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).as(path).contains("<html lang=\"fr\"").contains(heading)
                    .contains("href=\"#contenu\"").contains("<main id=\"contenu\"")
                    .contains("aria-label=\"Menu principal\"").contains(">Campagnes</a>").contains(">Académies</a>")
                    .contains(">Catalogue</a>").contains(">Lettres ÉduNum</a>")
                    .contains("href=\"/connexion\"").contains("Se connecter").doesNotContain("Se déconnecter")
                    .contains("href=\"/accessibilite\"").contains("href=\"/mentions-legales\"").contains("href=\"/donnees-personnelles\"")
                    .contains("/webjars/htmx.org/2.0.10/dist/htmx.min.js").doesNotContain("unpkg").doesNotContain("cdn");
            assertThat(page.body().split("<h1", -1)).as(path + ": one h1").hasSize(2);
        });
        browser.assertAccessible(base() + "/accessibilite", SCREENSHOTS, "accessibilite");
        browser.assertAccessible(base() + "/mentions-legales", SCREENSHOTS, "mentions-legales");
        browser.assertAccessible(base() + "/donnees-personnelles", SCREENSHOTS, "donnees-personnelles");
    }

    @Test
    void htmx_is_served_from_the_jar() {
        HttpResponse<String> htmx = http.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js", null);
        assertThat(htmx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
    }

    @Test
    void the_platform_theme_is_in_the_html_and_its_stylesheet_at_theme_site_css() {
        String html = http.get("/accessibilite", null).body();
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/theme/site.css\">").contains("class=\"t-container t-prose\"")
                .doesNotContain("fr-btn").doesNotContain("dsfr.min.css");

        HttpResponse<String> css = http.get("/theme/site.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains(".t-btn").contains(":focus-visible").contains(".t-timeline-phase").contains(".t-map-tile")
                .doesNotContain("@import");
    }

    @Test
    void an_unknown_page_is_a_french_404_page_without_a_stack_trace() {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(http.uri("/nulle-part")).header("Accept", "text/html").GET().build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("<h1>Page introuvable</h1>")
                .contains("Cette page n&#39;existe pas ou plus").doesNotContain("Exception").doesNotContain("Whitelabel");
        browser.assertAccessible(base() + "/nulle-part", SCREENSHOTS, "introuvable");
    }

    @Test
    void our_own_failure_is_a_french_500_page_that_shows_nothing_of_it() {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(http.uri("/essai/panne")).header("Accept", "text/html").GET().build());
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("<h1>Erreur de la plateforme</h1>")
                .contains("Une erreur de notre côté").doesNotContain("détail interne").doesNotContain("IllegalStateException")
                .doesNotContain("at fr.education");
    }

    @Test
    void a_page_whose_api_is_down_says_so_in_french_with_a_503_not_a_500() {
        for (String path : List.of("/", "/academies", "/catalogue", "/lettres", "/campagnes/c1", "/campagnes/c1/themes/t1")) {
            HttpResponse<String> page = http.get(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(503);
            assertThat(page.body()).as(path).contains("<h1>Service momentanément indisponible</h1>")
                    .contains("La plateforme ne répond pas pour le moment").doesNotContain("Exception").doesNotContain("127.0.0.1");
        }
        // The menu marks the section the visitor is in, and only it.
        String catalogue = http.get("/catalogue", null).body();
        assertThat(catalogue).contains("href=\"/catalogue\" aria-current=\"page\">Catalogue</a>");
        assertThat(catalogue.split("aria-current=\"page\"", -1)).hasSize(2);
        assertThat(http.get("/campagnes/c1", null).body()).contains("href=\"/\" aria-current=\"page\">Campagnes</a>");
        browser.assertAccessible(base() + "/", SCREENSHOTS, "api-indisponible");
    }

    @Test
    void a_post_without_its_csrf_token_is_refused_with_the_french_403_page_and_with_it_goes_through() {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(http.uri("/deconnexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(refused.body()).contains("<html lang=\"fr\"").contains("<h1>Accès refusé</h1>").contains("la page a peut-être expiré");

        // Without JavaScript: the page sets the cookie and its form carries the token as _csrf.
        HttpResponse<String> page = http.get("/accessibilite", null);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in " + page.headers().map()));
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        cookie = cookie.split(";")[0];
        Matcher meta = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">").matcher(page.body());
        assertThat(meta.find()).as("the token for htmx in a meta").isTrue();
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(http.uri("/deconnexion")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + meta.group(1))).build());
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void espace_without_a_token_sends_the_browser_to_connexion() {
        HttpResponse<String> page = http.get("/espace", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));

        HttpResponse<String> expired = http.get("/espace", TestInfrastructure.tokens().expired("DAN"));
        assertThat(expired.statusCode()).isEqualTo(302);
        HttpResponse<String> foreign = http.get("/espace", TestInfrastructure.tokens().signedByAStranger("DAN"));
        assertThat(foreign.statusCode()).isEqualTo(302);
        assertThat(foreign.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));
    }

    @Test
    void with_a_signed_token_the_header_and_espace_show_the_person_their_role_and_academy_and_a_logout_form() {
        String teacher = TestInfrastructure.tokens().bearerOfPerson(List.of("TEACHER"), "10", "enseignant1-lyon", "enseignant1@ac-lyon.fr");
        HttpResponse<String> page = http.get("/espace", teacher);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Mon espace</h1>").contains("enseignant1@ac-lyon.fr").contains("Enseignant ou enseignante")
                .contains("académie de Lyon").contains("enseignant1-lyon").contains("href=\"/catalogue?academy=10\"")
                .contains("Se déconnecter").contains("action=\"/deconnexion\"").contains("name=\"_csrf\"")
                .doesNotContain(">Se connecter<");

        HttpResponse<String> login = http.get("/connexion", teacher);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/espace"));

        // The browser carries the bearer as the gateway would relay it.
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", teacher)));
        try {
            browser.assertAccessible(base() + "/espace", SCREENSHOTS, "espace");
        } finally {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }

    @Test
    void espace_links_only_to_pages_that_exist_for_every_role() {
        Pattern screens = Pattern.compile("<h3 class=\"t-card-title\"><a href=\"([^\"]+)\"");
        for (String role : List.of("DNE_EXPERT", "INSPECTOR_GENERAL", "DAN", "ACADEMIC_INSPECTOR", "TEACHER", "CARDIE", "EDITOR", "OPERATOR")) {
            String academy = List.of("DNE_EXPERT", "INSPECTOR_GENERAL", "EDITOR", "OPERATOR").contains(role) ? null : "25";
            String bearer = TestInfrastructure.tokens().bearer(role, academy);
            HttpResponse<String> home = http.get("/espace", bearer);
            assertThat(home.statusCode()).as(role).isEqualTo(200);
            Matcher links = screens.matcher(home.body());
            int found = 0;
            while (links.find()) {
                found++;
                String href = links.group(1).replace("&amp;", "&");
                // The API is down in this test: a page that exists says so (503), one that does not is a 404. The
                // person's own token goes with it: a screen under /espace asks for one.
                assertThat(http.get(href, bearer).statusCode()).as(role + " → " + href).isIn(200, 503);
            }
            assertThat(found).as(role + ": at least one screen").isPositive();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

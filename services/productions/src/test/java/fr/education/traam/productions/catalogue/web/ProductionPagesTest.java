package fr.education.traam.productions.catalogue.web;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.kit.outbox.EventPublisher;
import fr.education.traam.productions.catalogue.CatalogueMother;
import fr.education.traam.testkit.AccessibleBrowser;
import fr.education.traam.testkit.ApiClient;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.education.traam.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalogue's public pages, from events on the real broker: their HTML over real HTTP, then each opened in a real
 * headless Chromium and checked by axe-core against WCAG 2.1 AA, with screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TraamInfrastructure(database = "traam-productions-test")
class ProductionPagesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static AccessibleBrowser browser;

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    ApiClient api;

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
        api = new ApiClient(port);
    }

    @Test
    void a_scenario_s_page_shows_its_sections_in_order_escaped_and_passes_axe_at_desktop_and_phone_sizes() {
        String id = CatalogueMother.newId();
        ProductionPublished scenario = CatalogueMother.fullScenario(id, "Réécrire un conte <script>alert(1)</script> avec l'IA", base());
        publisher.publish(CatalogueMother.pending(scenario, Instant.parse("2026-03-14T09:00:00Z")));
        HttpResponse<String> page = await().atMost(PATIENCE).until(() -> api.get("/productions/" + id, null), r -> r.statusCode() == 200);

        String html = page.body();
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html).contains("<html lang=\"fr\"")
                .contains("<link rel=\"canonical\" href=\"http://localhost/productions/" + id + "\"")
                .contains("<link rel=\"alternate\" type=\"application/json\" href=\"/api/productions/" + id + "\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("Cinquième").contains("Cycle 4 : approfondissements").contains("3.1 – ").contains("Lyon")
                .contains("14 mars 2026").contains("IA et écriture").contains("2027-2028")
                .contains("href=\"https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr\"")
                .contains("alt=\"Frise des cinq étapes du conte, de la forêt au retour\"")
                .contains("<track kind=\"captions\"").contains("seance.vtt").contains("Transcription")
                .contains("les élèves créent un compte").contains("Traitement inscrit au registre");
        assertThat(html.split("<h1", -1)).as("one h1").hasSize(2);
        assertThat(html.indexOf("Lire le conte")).isLessThan(html.indexOf("Réécrire</h4>")).isLessThan(html.indexOf("Réviser</h4>"));
        assertThat(html.indexOf("<h2>Le scénario</h2>")).isLessThan(html.indexOf("<h3>Déroulé</h3>"))
                .isLessThan(html.indexOf("<h3>Ressources numériques</h3>")).isLessThan(html.indexOf("<h3>Retours de classe</h3>"));

        browser.assertAccessible(base() + "/productions/" + id, SCREENSHOTS, "scenario");
    }

    @Test
    void each_other_kind_s_page_shows_its_own_sections_and_passes_axe() {
        Map<ProductionType, List<String>> sections = Map.of(
                ProductionType.TRAINING_MODULE, List.of("<h2>Le module de formation</h2>", "<h3>Objectifs</h3>", "<h3>Public</h3>",
                        "<h3>Durée et modalité</h3>", "6 heures – parcours m@gistère", "Accéder au module"),
                ProductionType.ACADEMIC_REPORT, List.of("<h2>Le bilan académique</h2>", "<h3>Le projet</h3>", "<h3>Les objectifs</h3>",
                        "<h3>La mise en œuvre</h3>", "<h3>Les outils</h3>", "<h3>L'évaluation</h3>", "<h3>Les difficultés</h3>",
                        "<h3>Les apports pour les élèves</h3>", "<h3>Les apports pour les enseignants</h3>", "<h3>Les perspectives</h3>"),
                ProductionType.COMMUNICATION_SUPPORT, List.of("<h2>Le support de communication</h2>", "Infographie", "<h3>Description textuelle</h3>",
                        "L&#39;infographie résume les trois étapes"),
                ProductionType.SYNTHESIS, List.of("<h2>La synthèse du thème</h2>", "<h3>Ce que disent les scénarios</h3>"));
        sections.forEach((kind, expected) -> {
            ProductionPublished production = CatalogueMother.production(CatalogueMother.newId(), 1, kind, "Une production " + kind,
                    "Résumé", "2027-2028", "ia-ecriture", "IA et écriture", kind == ProductionType.SYNTHESIS ? List.of() : List.of("10"),
                    List.of("Lettres"), List.of("SECONDE"), List.of("2.1"));
            publisher.publish(CatalogueMother.pending(production, Instant.now()));
            String path = "/productions/" + production.productionId();
            HttpResponse<String> page = await().atMost(PATIENCE).until(() -> api.get(path, null), r -> r.statusCode() == 200);
            String html = page.body();
            int at = -1;
            for (String section : expected) {
                assertThat(html.indexOf(section)).as(kind + ": " + section + " after the previous one").isGreaterThan(at);
                at = html.indexOf(section);
            }
            assertThat(html).doesNotContain("<h2>Le scénario</h2>");
            browser.assertAccessible(base() + path, SCREENSHOTS, kind.name().toLowerCase());
        });
    }

    @Test
    void a_withdrawn_production_answers_410_with_its_reason_an_unknown_one_404_both_accessible_pages() {
        ProductionPublished scenario = CatalogueMother.fullScenario(CatalogueMother.newId(), "Un scénario retiré", base());
        publisher.publish(CatalogueMother.pending(scenario, Instant.now()));
        publisher.publish(CatalogueMother.pending(CatalogueMother.withdrawn(scenario, "Une image était sous droits & non cédée."), Instant.now()));
        String path = "/productions/" + scenario.productionId();
        HttpResponse<String> gone = await().atMost(PATIENCE).until(() -> api.get(path, null), r -> r.statusCode() == 410);
        assertThat(gone.body()).contains("<html lang=\"fr\"").contains("<h1>Cette production a été retirée</h1>")
                .contains("Une image était sous droits &amp; non cédée.").contains("Un scénario retiré");

        HttpResponse<String> unknown = api.get("/productions/production-" + UUID.randomUUID(), null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Production introuvable");

        HttpResponse<String> json = api.send(HttpRequest.newBuilder(api.uri("/productions/production-" + UUID.randomUUID()))
                .header("Accept", "application/json").GET().build());
        assertProblem(json, 406, "not-acceptable"); // the JSON is under /api/productions

        browser.assertAccessible(base() + path, SCREENSHOTS, "withdrawn");
        browser.assertAccessible(base() + "/productions/production-" + UUID.randomUUID(), SCREENSHOTS, "not-found");
    }

    @Test
    void the_search_page_works_without_javascript_and_passes_axe() {
        String run = "lot" + UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < 3; i++) {
            ProductionPublished scenario = CatalogueMother.fullScenario(CatalogueMother.newId(), "Scénario " + i + " " + run, base());
            publisher.publish(CatalogueMother.pending(scenario, Instant.now()));
        }
        String search = "/productions?q=" + URLEncoder.encode(run, StandardCharsets.UTF_8) + "&level=CINQUIEME&academy=";
        HttpResponse<String> page = await().atMost(PATIENCE).until(() -> api.get(search, null),
                r -> r.statusCode() == 200 && r.body().contains("3 productions"));
        assertThat(page.body()).contains("Scénario 0 " + run).contains("Cinquième (3)").contains("checked");

        browser.assertAccessible(base() + search, SCREENSHOTS, "search");
        HttpResponse<String> bad = api.get("/productions?level=NOPE", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<h1>Recherche impossible</h1>").contains("<code>level</code>");
        browser.assertAccessible(base() + "/productions?level=NOPE", SCREENSHOTS, "bad-request");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}

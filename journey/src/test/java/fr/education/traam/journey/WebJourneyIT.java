package fr.education.traam.journey;

import static fr.education.traam.journey.Answers.awaitAnswer;
import static fr.education.traam.journey.Answers.expectStatus;
import static fr.education.traam.journey.Gateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.traam.testkit.AccessibleBrowser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The web application on the real platform, in a real browser (headless Chromium, {@link AccessibleBrowser}): the
 * journey first builds, through the API, a campaign whose theme has a published selection, its groups, a published
 * scenario and an ÉduNum edition; then a visitor reads the public pages through the gateway — home, the campaign and
 * its timeline, the theme, the académies, the catalogue searched by a word and a facet, the scenario's page, the
 * lettres and an edition — each checked by axe-core (WCAG 2.1 AA) at a desktop and a phone size, with screenshots
 * under {@code target/screenshots/}; then the expert logs in through the provider's page (checked too), sees their
 * space with their name, logs out, and {@code /espace} asks for the password again.
 *
 * <p>What is asserted is what a person sees (headings, names, the scenario's title), not the markup. Every page's
 * violations are gathered and the test fails at the end with all of them, so one run shows every page at fault.
 */
@ExtendWith(SharedPlatform.class)
class WebJourneyIT {

    private static final Logger log = LoggerFactory.getLogger(WebJourneyIT.class);
    private static final Academy LYON = Academy.LYON;
    private static final Academy GRENOBLE = Academy.GRENOBLE;

    private static Gateway gateway;
    private static Badges badges;
    private static URI site;
    private static Pages pages;

    @BeforeAll
    static void useTheSharedPlatform() {
        SharedPlatform.Running running = SharedPlatform.running();
        gateway = running.gateway();
        badges = running.badges();
        site = running.platform().gateway();
        pages = Pages.onTheSharedPlatform();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    void a_visitor_reads_every_public_page_then_an_expert_logs_in_and_out() {
        Data data = buildThroughTheApi();
        WebDriver driver = pages.driver();

        visit("/", "accueil");
        assertThat(heading()).isEqualTo("Les travaux académiques mutualisés");
        assertThat(body()).contains(data.campaignTitle(), CampaignDrafts.THEME_TITLE).contains("Se connecter");

        visit("/campagnes/" + data.campaignId(), "campagne");
        assertThat(heading()).isEqualTo(data.campaignTitle());
        assertThat(headings("h2")).contains("Le calendrier", "Les thèmes");
        assertThat(driver.findElements(By.cssSelector("svg title"))).as("the timeline's drawing, with its title")
                .anyMatch(title -> title.getDomProperty("textContent").startsWith("Frise des phases de la campagne"));
        assertThat(body()).contains(CampaignDrafts.THEME_TITLE, CampaignDrafts.SECOND_THEME_TITLE);

        visit("/campagnes/" + data.campaignId() + "/themes/" + CampaignDrafts.THEME_ID, "theme");
        assertThat(heading()).isEqualTo(CampaignDrafts.THEME_TITLE);
        assertThat(headings("h2")).contains("La sélection nationale", "Les groupes de travail", "Les productions publiées");
        assertThat(body()).contains("Lyon", "Grenoble", data.scenarioTitle());

        visit("/academies", "academies");
        assertThat(heading()).isEqualTo("Les académies");
        WebElement lyon = driver.findElement(By.xpath("//table//tr[th[normalize-space()='Lyon']]"));
        assertThat(lyon.getText()).as("Lyon's row names its theme").contains(CampaignDrafts.THEME_TITLE);

        searchTheCatalogue(data);

        visit("/productions/" + data.scenarioId(), "production");
        assertThat(heading()).isEqualTo(data.scenarioTitle());
        assertThat(body()).contains("CC BY-NC-SA");

        visit("/lettres", "lettres");
        assertThat(heading()).isEqualTo("Les lettres ÉduNum");
        WebElement edition = driver.findElement(By.linkText(data.editionTitle()));
        edition.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/editions/"));
        checkThePageOpen("edition");
        assertThat(body()).as("the edition links to the scenario").contains(data.scenarioTitle());

        theExpertLogsInAndOut();

        assertThat(pages.violations()).as("WCAG 2.1 AA violations, every page").isEmpty();
    }

    /** The visitor searches by a word of the scenario's title, then narrows to its theme by the facet's box. */
    private void searchTheCatalogue(Data data) {
        WebDriver driver = pages.driver();
        visit("/catalogue", "catalogue");
        assertThat(heading()).isEqualTo("Le catalogue des productions");
        driver.findElement(By.id("q")).sendKeys(data.word());
        driver.findElement(By.xpath("//button[normalize-space()='Filtrer']")).click();
        // htmx replaces the results in place: an element read while it swaps them is stale, and is read again.
        WebDriverWait wait = pages.waiting();
        wait.until(d -> d.findElement(By.id("nombre")).getText().equals("1 production"));
        assertThat(driver.findElement(By.id("resultats")).getText()).contains(data.scenarioTitle());

        WebElement themeBox = driver.findElement(By.xpath("//fieldset[legend[normalize-space()='Thème']]//input[@value='"
                + CampaignDrafts.THEME_ID + "']"));
        themeBox.click();
        driver.findElement(By.xpath("//button[normalize-space()='Filtrer']")).click();
        wait.until(d -> d.getCurrentUrl().contains("theme=" + CampaignDrafts.THEME_ID));
        wait.until(d -> d.findElement(By.id("nombre")).getText().equals("1 production"));
        assertThat(driver.findElement(By.id("resultats")).getText()).contains(data.scenarioTitle());
        checkThePageOpen("catalogue-recherche");
    }

    /**
     * "Se connecter" leads to the provider's login page (checked like the others); the expert types their account and
     * password, lands on their space with their name; "Se déconnecter" brings them home, and {@code /espace} then asks
     * for the password again: the provider's session ended too.
     */
    private void theExpertLogsInAndOut() {
        pages.logIn("expert-lettres", "Claire Martin", true);
        assertThat(pages.body()).contains("expert-lettres@education.gouv.fr");
        pages.check("espace");
        pages.logOut();
        assertThat(heading()).isEqualTo("Les travaux académiques mutualisés");
        assertThat(body()).doesNotContain("Claire Martin");

        pages.driver().get(site.resolve("/espace").toString());
        pages.waiting().until(ExpectedConditions.urlToBe(pages.identity().resolve("/login").toString()));
        assertThat(heading()).as("the provider asks for the password again").isEqualTo("Connexion");
    }

    private static void visit(String path, String name) {
        pages.visit(path, name);
    }

    private static void checkThePageOpen(String name) {
        pages.check(name);
    }

    private static String heading() {
        return pages.heading();
    }

    private static List<String> headings(String tag) {
        return pages.headings(tag);
    }

    private static String body() {
        return pages.body();
    }

    /** What the pages show, made through the API as the platform's people make it. */
    record Data(String campaignId, String campaignTitle, String scenarioId, String scenarioTitle, String word,
                String editionTitle) {
    }

    /**
     * A campaign with its call open, Lyon and Grenoble applying to its first theme, both selected and the selection
     * published (which forms their groups), a scenario of Lyon's group reviewed and published, and the theme's ÉduNum
     * draft published as an edition.
     */
    private static Data buildThroughTheApi() {
        long started = System.nanoTime();
        String expert = badges.dneExpert(CampaignDrafts.EXPERT_ID);
        Campaigning campaigning = new Campaigning(gateway, badges);
        String theme = CampaignDrafts.THEME_ID;
        String campaignId = campaigning.draftAndOpenTheCall(expert);
        String campaignTitle = json(expectStatus(200, gateway.get("/api/campaigns/" + campaignId, null))).get("title").asString();
        campaigning.applyByForm(LYON, campaignId, theme);
        campaigning.applyByForm(GRENOBLE, campaignId, theme);
        campaigning.moveTo(campaignId, "NATIONAL_SELECTION", expert);
        String selection = "/api/candidatures/selections/" + campaignId + "/" + theme;
        campaigning.select(selection, LYON, expert);
        campaigning.select(selection, GRENOBLE, expert);
        expectStatus(200, gateway.post(selection + "/publication", expert, null));
        String lyonGroup = academicGroup(campaignId, theme, LYON, expert);
        academicGroup(campaignId, theme, GRENOBLE, expert);

        String word = "Frise" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Écrire avec une IA en 5e " + word;
        String scenarioId = published(lyonGroup, title, expert);

        String line = "theme-" + campaignId + "-" + theme;
        String publicUrl = site.resolve("/productions/" + scenarioId).toString();
        Predicate<JsonNode> links = item -> publicUrl.equals(item.path("link").asString(null));
        awaitAnswer("the publication in the theme's draft", 200,
                () -> gateway.get("/api/dissemination/edition-lines/" + line + "/draft", badges.editor()),
                response -> json(response).get("items").valueStream().anyMatch(links));
        JsonNode edition = json(expectStatus(201,
                gateway.post("/api/dissemination/edition-lines/" + line + "/draft/publication", badges.editor(), null)));
        String editionTitle = edition.path("title").asString("");
        if (editionTitle.isEmpty()) {
            editionTitle = "N° " + edition.get("number").asInt();
        }
        log.info("Campaign, selection, groups, scenario and edition built through the API in {} s", Answers.seconds(started));
        return new Data(campaignId, campaignTitle, scenarioId, title, word, editionTitle);
    }

    private static String academicGroup(String campaignId, String theme, Academy academy, String expert) {
        String listing = "/api/groups?campaignId=" + campaignId + "&themeId=" + theme + "&academy=" + academy.code();
        JsonNode groups = json(awaitAnswer(academy.name() + "'s academic group", 200, () -> gateway.get(listing, expert),
                response -> json(response).size() == 1));
        return groups.get(0).get("id").asString();
    }

    /** Lyon's teacher drafts and submits, the inspector then the expert approve, the checks are met, the expert publishes. */
    private static String published(String group, String title, String expert) {
        String teacher = badges.groupMember("TEACHER", LYON, LYON.address("paul.martin"));
        String inspector = badges.groupMember("ACADEMIC_INSPECTOR", LYON, LYON.address("helene.robert"));
        HttpResponse<String> drafted = awaitAnswer("the draft of Lyon's teacher", 201,
                () -> gateway.post("/api/productions", teacher, ProductionJourneyIT.Scenario.draft(group, title)));
        String path = "/api/productions/" + json(drafted).get("id").asString();
        HttpResponse<String> submitted = expectStatus(200, gateway.send("POST", path + "/submission", teacher, null, etag(drafted)));
        HttpResponse<String> academic = expectStatus(200, gateway.send("POST", path + "/reviews", inspector,
                new ProductionJourneyIT.Review("APPROVED", null), etag(submitted)));
        HttpResponse<String> approved = expectStatus(200, gateway.send("POST", path + "/reviews", expert,
                new ProductionJourneyIT.Review("APPROVED", "Clair et réutilisable."), etag(academic)));
        HttpResponse<String> checked = expectStatus(200, gateway.send("PUT", path + "/publication-checks", teacher,
                ProductionJourneyIT.Checks.allMet(), etag(approved)));
        assertThat(json(checked).get("unmet").size()).as(checked.body()).isZero();
        HttpResponse<String> published = expectStatus(200, gateway.send("POST", path + "/publication", expert, null, etag(checked)));
        return json(published).get("id").asString();
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.body()));
    }
}

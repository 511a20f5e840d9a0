package fr.education.traam.journey;

import static fr.education.traam.journey.Answers.awaitAnswer;
import static fr.education.traam.journey.Answers.expectStatus;
import static fr.education.traam.journey.Gateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.traam.testkit.AccessibleBrowser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The platform's people at work in a real browser (headless Chromium, {@link AccessibleBrowser}), one after the other
 * on one campaign, as the programme runs: the expert opens the call; Lyon's DAN (logging in through the provider's
 * page) applies with the form, a personal address refused beside its field then corrected, and Grenoble by the API;
 * the expert moves the campaign to its national selection, decides on the board — a decision without its
 * rationale and a form gone stale while another expert decided are refused and said so —, publishes, sees the groups
 * formed and downloads the export; Lyon's first teacher writes a scenario in the group's page, is refused its
 * submission while incomplete, completes and submits it and answers its publication checks; the académie's inspector
 * approves it; the expert finds it in the validations, approves and publishes it; the visitor then finds it on every public page (home, the campaign and its timeline, the theme, the académies, the
 * catalogue searched by a word and a facet, the scenario's page, the lettres and an edition); the expert amends the
 * published selection and logs out, after which {@code /espace} asks for the password again.
 *
 * <p>Each role's steps live in its page object ({@link ExpertScreens}, {@link DanScreens}, {@link GroupScreens}, {@link WritingScreens},
 * {@link ProductionScreens},
 * {@link Pages} for the public); every page is
 * checked by axe-core (WCAG 2.1 AA) at a desktop and a phone size with screenshots under {@code target/screenshots/},
 * and the violations of all pages are asserted at the end, so one run shows every page at fault. What is asserted is
 * what a person sees (headings, names, states, the scenario's title), not the markup.
 */
@ExtendWith(SharedPlatform.class)
class BrowserJourneyIT {

    private static final Academy LYON = Academy.LYON;
    private static final Academy GRENOBLE = Academy.GRENOBLE;
    private static final String THEME = CampaignDrafts.THEME_ID;

    private static SharedPlatform.Running running;
    private static Gateway gateway;
    private static Badges badges;
    private static Pages pages;

    @BeforeAll
    static void openTheBrowser() {
        running = SharedPlatform.running();
        gateway = running.gateway();
        badges = running.badges();
        pages = Pages.onTheSharedPlatform();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    void the_call_the_selection_a_published_scenario_and_the_public_finding_it_all_in_the_browser() {
        String expertToken = badges.dneExpert(CampaignDrafts.EXPERT_ID);
        Campaigning campaigning = new Campaigning(gateway, badges);
        String campaignId = campaigning.draftAndOpenTheCall(expertToken);
        String campaignTitle = json(expectStatus(200, gateway.get("/api/campaigns/" + campaignId, null))).get("title").asString();
        // Grenoble by the API first: its answer waits for the campaign's event to reach the candidatures service.
        campaigning.applyByForm(GRENOBLE, campaignId, THEME);
        lyonsDanApplies(campaignTitle);

        pages.logIn(CampaignDrafts.EXPERT_ID, "Claire Martin", false);
        assertThat(pages.body()).contains("expert-lettres@education.gouv.fr");
        pages.check("espace");
        ExpertScreens expert = new ExpertScreens(pages);
        theExpertSelectsAndPublishes(expert, campaignId);
        pages.logOut();

        String word = "Frise" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Écrire avec une IA en 5e " + word;
        lyonsGroupWritesAndApproves(title);

        pages.logIn(CampaignDrafts.EXPERT_ID, "Claire Martin", false);
        assertThat(awaited(expert::awaitingReview, titles -> titles.contains(title), 10))
                .as("the scenario awaits the theme's expert").contains(title);
        String scenarioId = approvedAndPublishedByTheExpert(title);
        String editionTitle = theThemesEditionPublished(campaignId, scenarioId);
        pages.logOut();

        pages.logIn("dan-lyon", "DAN de l'académie de Lyon", false);
        DanScreens dan = new DanScreens(pages);
        assertThat(dan.candidatureRow("Lyon", campaignTitle, CampaignDrafts.THEME_TITLE))
                .as("Lyon's DAN reads their candidature and its outcome").contains("Déposée", "Retenue");
        assertThat(dan.candidatureRow("Lyon", campaignTitle, CampaignDrafts.SECOND_THEME_TITLE)).contains("Pas de candidature");
        pages.logOut();

        theVisitorFindsIt(campaignId, campaignTitle, scenarioId, title, word, editionTitle);

        pages.logIn(CampaignDrafts.EXPERT_ID, "Claire Martin", false);
        assertThat(expert.amend(campaignId, THEME, "Grenoble", false, "L'équipe de Grenoble se retire du projet"))
                .contains("Retenue", "Non retenue", "L'équipe de Grenoble se retire du projet");
        afterLoggingOutNothingNeedingALoginIsReached();

        assertThat(pages.violations()).as("WCAG 2.1 AA violations, every page").isEmpty();
    }

    /**
     * Lyon's DAN logs in (the provider's page checked too) and applies with the form, the group being the académie's
     * demo people so that they log in as its members later; a personal address is refused beside its field, in
     * French, then corrected; the DAN then revises it (the form filled with it, sent with its version). The list reads it
     * as submitted, its selection not yet published.
     */
    private static void lyonsDanApplies(String campaignTitle) {
        pages.logIn("dan-lyon", "DAN de l'académie de Lyon", true);
        DanScreens dan = new DanScreens(pages);
        List<DanScreens.Person> teachers = IntStream.rangeClosed(1, 4)
                .mapToObj(i -> new DanScreens.Person("Enseignant " + i + " de Lyon", LYON.address("enseignant" + i))).toList();
        List<String> refusal = new ArrayList<>();
        String candidature = dan.apply(campaignTitle, CampaignDrafts.THEME_TITLE, "Écrire avec l'IA en 5e",
                new DanScreens.Person("Inspecteur de Lyon", LYON.address("inspecteur")), teachers, teachers.get(0),
                new DanScreens.Person("CARDIE de Lyon", LYON.address("cardie")), "enseignant2.lyon@gmail.com", refusal);
        assertThat(refusal.get(0)).contains("Votre demande n'a pas abouti", "Enseignant 2 : écrivez l'adresse électronique professionnelle");
        assertThat(refusal.get(1)).contains("une adresse personnelle n'est pas acceptée");
        assertThat(candidature).startsWith("Candidature de l'académie de Lyon : " + CampaignDrafts.THEME_TITLE)
                .contains("La candidature est déposée", "Écrire avec l'IA en 5e", "Lettres", "Second degré",
                        LYON.address("enseignant4"), LYON.address("cardie"));
        List<String> prefilled = new ArrayList<>();
        assertThat(dan.revise("Écrire avec l'IA en 5e et en 4e", prefilled))
                .contains("La candidature est modifiée", "Écrire avec l'IA en 5e et en 4e", "2.3 Collaborer");
        assertThat(prefilled).as("the form opens with the candidature as it stands").containsExactly(LYON.address("enseignant4"));
        assertThat(dan.candidatureRow("Lyon", campaignTitle, CampaignDrafts.THEME_TITLE)).contains("Déposée", "Sélection pas encore publiée");
        pages.logOut();
    }

    /**
     * The phase moved; Lyon retained (the candidatures service learns of the phase by its event: the first decision
     * waits for it, as a person retries); Grenoble's decision refused without a rationale, then refused as stale
     * because another expert decided meanwhile (412, the fresh state shown), then retained; the publication confirmed;
     * both groups formed; the export downloaded through web.
     */
    private static void theExpertSelectsAndPublishes(ExpertScreens expert, String campaignId) {
        assertThat(expert.moveToNationalSelection(campaignId)).contains("Sélection nationale");
        assertThat(awaited(() -> expert.select(campaignId, THEME, "Lyon", "Équipe solide, usages déjà éprouvés en classe"),
                "Retenue"::equals, 20)).isEqualTo("Retenue");
        assertThat(expert.selectRefused(campaignId, THEME, "Grenoble", "", () -> { }, "expert-selection-refus-raison"))
                .contains("Écrivez la raison de cette décision");
        String selection = "/api/candidatures/selections/" + campaignId + "/" + THEME;
        String stale = expert.selectRefused(campaignId, THEME, "Grenoble", "Projet précis", () -> expectStatus(200,
                gateway.put(selection + "/decisions/" + GRENOBLE.code(), badges.dneExpert(CampaignDrafts.EXPERT_ID),
                        new Campaigning.Decision("NOT_RETAINED", "Équipe encore incomplète"))), "expert-selection-refus-perimee");
        assertThat(stale).contains("Quelqu'un a modifié cette page entre-temps");
        assertThat(expert.decisionOf("Grenoble")).isEqualTo("Non retenue");
        assertThat(expert.select(campaignId, THEME, "Grenoble", "Projet précis, équipe déjà formée")).isEqualTo("Retenue");
        expert.publish(campaignId, THEME);

        List<String> groups = awaited(() -> expert.groups(campaignId, THEME),
                rows -> rows.stream().anyMatch(row -> row.contains("Grenoble")), 30);
        assertThat(groups).anyMatch(row -> row.contains("Lyon")).anyMatch(row -> row.contains("Grenoble"));
        List<String> rows = new ArrayList<>();
        assertThat(expert.downloadExports(campaignId, rows))
                .isEqualTo("academy_code;academy;theme_id;theme;projects;team_size;state;decision;rationale;published");
        assertThat(rows).anyMatch(row -> row.startsWith("10;Lyon;" + THEME) && row.contains(";SELECTED;"));
    }

    /**
     * The visitor, logged out, reads every public page through the gateway and finds the scenario: by the theme, in
     * the catalogue by a word of its title then by the theme's facet, on its own page, and in the edition.
     */
    private static void theVisitorFindsIt(String campaignId, String campaignTitle, String scenarioId, String title,
                                          String word, String editionTitle) {
        WebDriver driver = pages.driver();
        pages.visit("/", "accueil");
        assertThat(pages.heading()).isEqualTo("Les travaux académiques mutualisés");
        assertThat(pages.body()).contains(campaignTitle, CampaignDrafts.THEME_TITLE).contains("Se connecter");

        pages.visit("/campagnes/" + campaignId, "campagne");
        assertThat(pages.heading()).isEqualTo(campaignTitle);
        assertThat(pages.headings("h2")).contains("Le calendrier", "Les thèmes");
        assertThat(driver.findElements(By.cssSelector("svg title"))).as("the timeline's drawing, with its title")
                .anyMatch(t -> t.getDomProperty("textContent").startsWith("Frise des phases de la campagne"));
        assertThat(pages.body()).contains(CampaignDrafts.THEME_TITLE, CampaignDrafts.SECOND_THEME_TITLE);

        pages.visit("/campagnes/" + campaignId + "/themes/" + THEME, "theme");
        assertThat(pages.heading()).isEqualTo(CampaignDrafts.THEME_TITLE);
        assertThat(pages.headings("h2")).contains("La sélection nationale", "Les groupes de travail", "Les productions publiées");
        assertThat(pages.body()).contains("Lyon", "Grenoble", title);

        pages.visit("/academies", "academies");
        assertThat(pages.heading()).isEqualTo("Les académies");
        WebElement lyon = driver.findElement(By.xpath("//table//tr[th[normalize-space()='Lyon']]"));
        assertThat(lyon.getText()).as("Lyon's row names its theme").contains(CampaignDrafts.THEME_TITLE);

        pages.visit("/catalogue", "catalogue");
        assertThat(pages.heading()).isEqualTo("Le catalogue des productions");
        driver.findElement(By.id("q")).sendKeys(word);
        driver.findElement(By.xpath("//button[normalize-space()='Filtrer']")).click();
        // htmx replaces the results in place, perhaps more than once: an element read while it swaps them is stale, so
        // every read of them is inside a wait, which reads again.
        WebDriverWait wait = pages.waiting();
        wait.until(d -> d.findElement(By.id("nombre")).getText().equals("1 production"));
        wait.withMessage("the results name the scenario").until(d -> d.findElement(By.id("resultats")).getText().contains(title));
        driver.findElement(By.xpath("//fieldset[legend[normalize-space()='Thème']]//input[@value='" + THEME + "']")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Filtrer']")).click();
        wait.until(d -> d.getCurrentUrl().contains("theme=" + THEME));
        wait.until(d -> d.findElement(By.id("nombre")).getText().equals("1 production"));
        wait.withMessage("the results name the scenario").until(d -> d.findElement(By.id("resultats")).getText().contains(title));
        pages.check("catalogue-recherche");

        pages.visit("/productions/" + scenarioId, "production");
        assertThat(pages.heading()).isEqualTo(title);
        assertThat(pages.body()).contains("CC BY-NC-SA");

        pages.visit("/lettres", "lettres");
        assertThat(pages.heading()).isEqualTo("Les lettres ÉduNum");
        driver.findElement(By.linkText(editionTitle)).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/editions/"));
        pages.check("edition");
        assertThat(pages.body()).as("the edition links to the scenario").contains(title);
    }

    /** "Se déconnecter" brings the person home; {@code /espace} then asks for the password again: the provider's session ended too. */
    private static void afterLoggingOutNothingNeedingALoginIsReached() {
        pages.logOut();
        assertThat(pages.heading()).isEqualTo("Les travaux académiques mutualisés");
        assertThat(pages.body()).doesNotContain("Claire Martin");
        pages.driver().get(pages.site().resolve("/espace").toString());
        pages.waiting().until(ExpectedConditions.urlToBe(pages.identity().resolve("/login").toString()));
        assertThat(pages.heading()).as("the provider asks for the password again").isEqualTo("Connexion");
    }

    /**
     * Lyon's first teacher (a demo account, a member of the group by the address the DAN gave) logs in and opens their
     * group's page (its members those the DAN proposed); writes the scenario there, its difficulties left out; is
     * refused its submission, the page saying what is missing; completes it (the form filled with the draft, sent with
     * its version) and submits it; answers every publication check. The académie's inspector logs in and approves it
     * from the group's page.
     */
    private static void lyonsGroupWritesAndApproves(String title) {
        String groupLink = CampaignDrafts.THEME_TITLE + " – Le groupe de l'académie de Lyon";
        pages.logIn("enseignant1-lyon", "Enseignant 1 de l'académie de Lyon", false);
        GroupScreens group = new GroupScreens(pages);
        assertThat(group.openGroup(groupLink, "enseignant"))
                .as("the group the DAN proposed").contains("Enseignant 1 de Lyon", "Enseignant 4 de Lyon", "Inspecteur de Lyon");
        assertThat(pages.body()).contains("Inspecteur pilote", "Professeur référent", "Représentant de la CARDIE");
        WritingScreens writing = new WritingScreens(pages);
        assertThat(writing.draft(title, "https://vittascience.com/ia")).contains("Le brouillon est enregistré", "Brouillon",
                "Découvrir", "Vittascience");
        assertThat(writing.submit("scenario-soumission-refusee"))
                .contains("La production n'est pas complète", "Il manque les difficultés rencontrées.");
        List<String> prefilled = new ArrayList<>();
        assertThat(writing.complete("Le réseau du collège est lent.", prefilled)).contains("La nouvelle version est enregistrée", "version 2");
        assertThat(prefilled).as("the form opens with the draft as it stands").containsExactly("Découvrir");
        assertThat(writing.submit("scenario-soumis")).contains("La production est soumise", "Soumise à la relecture académique",
                "Ce qui manque pour la publier", "Choisissez la licence de la production.");
        ProductionScreens screens = new ProductionScreens(pages);
        assertThat(screens.answerEveryCheck("CC BY-NC-SA 4.0")).contains("Les vérifications de publication sont enregistrées");
        pages.logOut();

        pages.logIn("inspecteur-lyon", "Inspecteur de l'académie de Lyon", false);
        group.openGroup(groupLink, "inspecteur");
        group.openProduction(title, "production-inspecteur");
        assertThat(screens.approve("Bien construit, prêt pour la relecture nationale.", "production-relue-academie"))
                .contains("La relecture est enregistrée", "Soumise à la relecture nationale", "Relecture académique");
        pages.logOut();
    }

    /** The theme's expert (logged in) opens the scenario from the validations, approves it and publishes it: its id. */
    private static String approvedAndPublishedByTheExpert(String title) {
        ProductionScreens screens = new ProductionScreens(pages);
        screens.openFromValidations(title);
        assertThat(screens.approve("Clair et réutilisable.", "production-relue-nationale")).contains("La relecture est enregistrée", "Validée, à publier",
                "Relecture nationale", "« Clair et réutilisable. »");
        String page = screens.publish("production-publiee");
        assertThat(page).contains("La production est publiée", "Publiée");
        return pages.driver().getCurrentUrl().replaceFirst(".*/espace/productions/([^/?]+).*", "$1");
    }

    /** Once the publication is in the theme's ÉduNum draft, the editor publishes the draft: the edition's title. */
    private static String theThemesEditionPublished(String campaignId, String scenarioId) {
        String line = "theme-" + campaignId + "-" + THEME;
        String publicUrl = pages.site().resolve("/productions/" + scenarioId).toString();
        Predicate<JsonNode> links = item -> publicUrl.equals(item.path("link").asString(null));
        awaitAnswer("the publication in the theme's draft", 200,
                () -> gateway.get("/api/dissemination/edition-lines/" + line + "/draft", badges.editor()),
                response -> json(response).get("items").valueStream().anyMatch(links));
        JsonNode edition = json(expectStatus(201,
                gateway.post("/api/dissemination/edition-lines/" + line + "/draft/publication", badges.editor(), null)));
        String title = edition.path("title").asString("");
        return title.isEmpty() ? "N° " + edition.get("number").asInt() : title;
    }

    /**
     * What a screen shows once the platform's events have caught up: read again, a second apart, as a person reloads,
     * until it shows what is awaited or the attempts run out (then the last reading is returned, for the assertion to
     * say what was seen). A reading that fails (the page not yet showing the form) counts as one not yet there.
     */
    private static <T> T awaited(Supplier<T> reading, Predicate<T> arrived, int attempts) {
        T last = null;
        RuntimeException failure = null;
        AssertionError refused = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0) {
                sleepASecond();
            }
            try {
                last = reading.get();
                failure = null;
                refused = null;
                if (arrived.test(last)) {
                    return last;
                }
            } catch (AssertionError e) {
                refused = e;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (refused != null) {
            throw refused;
        }
        if (failure != null) {
            throw failure;
        }
        return last;
    }

    private static void sleepASecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

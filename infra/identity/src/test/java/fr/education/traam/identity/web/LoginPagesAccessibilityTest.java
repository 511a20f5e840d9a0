package fr.education.traam.identity.web;

import fr.education.traam.identity.GatewayPlayer;
import fr.education.traam.testkit.AccessibleBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's pages in a real headless Chromium, checked by axe-core against WCAG 2.1 AA at desktop and phone
 * sizes, with screenshots under target/screenshots. The platform's stylesheet is not served here, so the pages are
 * also seen as they read without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "traam.identity.signing-keys=target/test-keys")
class LoginPagesAccessibilityTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static AccessibleBrowser browser;

    @LocalServerPort
    int port;

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

    @Test
    void the_login_page_and_its_error_pass_axe_and_a_wrong_password_is_announced() {
        browser.assertAccessible(base() + "/login", SCREENSHOTS, "login");
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]"))).isEmpty();

        // Through the form itself, as a person would: the browser posts it with its CSRF token.
        browser.driver().findElement(By.id("username")).sendKeys("dan-lyon");
        browser.driver().findElement(By.id("password")).sendKeys("pas-le-bon");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        // The click returns before the answer: checking the password takes a moment (BCrypt, on purpose).
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/login\\?error$"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login?error");
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Identifiant ou mot de passe incorrect");
        assertThat(browser.driver().getTitle()).isEqualTo("Erreur de connexion – TraAM");

        browser.assertAccessible(base() + "/login?error", SCREENSHOTS, "login-error");
    }

    @Test
    void the_demo_accounts_page_lists_the_rule_and_every_academie_and_passes_axe() {
        HttpResponse<String> page = new GatewayPlayer(port).getHtml("/comptes-de-demonstration");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("expert-lettres").contains("Claire Martin")
                .contains("<code>traam-demo</code>").contains("clermont-ferrand").contains("ac-clermont.fr")
                .contains("la-reunion").contains("ac-reunion.fr");
        browser.assertAccessible(base() + "/comptes-de-demonstration", SCREENSHOTS, "demo-accounts");
    }

    @Test
    void the_error_page_passes_axe() {
        browser.assertAccessible(base() + "/oauth2/authorize?response_type=code&client_id=inconnu", SCREENSHOTS, "error");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Demande incorrecte");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}

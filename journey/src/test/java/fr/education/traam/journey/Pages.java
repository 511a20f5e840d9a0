package fr.education.traam.journey;

import fr.education.traam.testkit.AccessibleBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform in a real headless Chromium, as its people use it: every page reached through the gateway, logins
 * through the real provider's form, each page checked by axe-core (WCAG 2.1 AA) at a desktop and a phone size with a
 * screenshot of each under {@code journey/target/screenshots}. Violations are gathered, not thrown, so that one run
 * lists them all; the journey asserts {@link #violations()} is empty at its end.
 *
 * <p>The role's page objects ({@code DanScreens}, {@code ExpertScreens}…) take one and do that role's work with it.
 */
final class Pages implements AutoCloseable {

    static final String DEMO_PASSWORD = "traam-demo";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final AccessibleBrowser browser;
    private final URI site;
    private final URI identity;
    private final List<String> violations = new ArrayList<>();

    private Pages(AccessibleBrowser browser, URI site, URI identity) {
        this.browser = browser;
        this.site = site;
        this.identity = identity;
    }

    /** A browser on the shared platform: its gateway is the site, its provider logs people in. */
    static Pages onTheSharedPlatform() {
        SharedPlatform.Running running = SharedPlatform.running();
        return new Pages(AccessibleBrowser.start(), running.platform().gateway(), running.platform().identity());
    }

    WebDriver driver() {
        return browser.driver();
    }

    URI site() {
        return site;
    }

    URI identity() {
        return identity;
    }

    /** A wait that reads again an element htmx replaced while it was read. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens {@code path} through the gateway and checks it, as {@code name}. */
    void visit(String path, String name) {
        browser.open(site.resolve(path).toString());
        check(name);
    }

    /**
     * The page open now, at a desktop then a phone size: axe-core's violations gathered, one screenshot each (a page in
     * a state of its own takes a name of its own, so that its screenshots are kept).
     */
    void check(String name) {
        WebDriver driver = driver();
        String url = driver.getCurrentUrl();
        for (Dimension size : List.of(AccessibleBrowser.DESKTOP, AccessibleBrowser.PHONE)) {
            driver.manage().window().setSize(size);
            browser.violations().forEach(v -> violations.add(name + " (" + url + ") at " + size.width + " px: " + v));
            browser.screenshot(size, SCREENSHOTS.resolve(name + (size.equals(AccessibleBrowser.PHONE) ? "-phone.png" : "-desktop.png")));
        }
        driver.manage().window().setSize(AccessibleBrowser.DESKTOP);
    }

    /**
     * "Se connecter" from the home page, the provider's form filled with a demo account, back on {@code /espace}
     * with the person's name. {@code checkTheLoginPage} checks the provider's page too (once per journey is enough).
     */
    void logIn(String account, String expectedName, boolean checkTheLoginPage) {
        driver().get(site.resolve("/").toString());
        driver().findElement(By.linkText("Se connecter")).click();
        waiting().until(ExpectedConditions.urlToBe(identity.resolve("/login").toString()));
        if (checkTheLoginPage) {
            check("connexion");
        }
        assertThat(heading()).isEqualTo("Connexion");
        driver().findElement(By.id("username")).sendKeys(account);
        driver().findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        press("Se connecter");
        waiting().until(ExpectedConditions.urlToBe(site.resolve("/espace").toString()));
        assertThat(heading()).isEqualTo("Mon espace");
        assertThat(body()).contains(expectedName, "Se déconnecter");
    }

    /** "Se déconnecter": back on the home page, anonymous, whatever query the provider's redirect adds. */
    void logOut() {
        press("Se déconnecter");
        waiting().until(d -> URI.create(d.getCurrentUrl()).resolve("/").equals(site.resolve("/"))
                && URI.create(d.getCurrentUrl()).getPath().equals("/"));
        assertThat(body()).contains("Se connecter");
    }

    /** Clicks the button whose text is {@code label} (trimmed). */
    void press(String label) {
        driver().findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
    }

    /**
     * Presses the button {@code label} of a form and waits for the page it loads to replace this one: a refusal shown
     * again at the same address is told apart from the page it refused.
     */
    void send(String label) {
        WebElement page = driver().findElement(By.tagName("html"));
        press(label);
        waiting().until(ExpectedConditions.stalenessOf(page));
    }

    /** Follows the link whose text is {@code text}. */
    void follow(String text) {
        driver().findElement(By.linkText(text)).click();
    }

    String heading() {
        return driver().findElement(By.tagName("h1")).getText().trim();
    }

    List<String> headings(String tag) {
        return driver().findElements(By.tagName(tag)).stream().map(WebElement::getText).map(String::trim).toList();
    }

    String body() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** Every violation found so far, with its page, address and size. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        browser.close();
    }
}

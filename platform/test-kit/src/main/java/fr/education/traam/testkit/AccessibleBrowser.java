package fr.education.traam.testkit;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, which the test kit's build installs
 * when they are missing: docs/testing.md) that opens a page, runs axe-core in it with the WCAG 2.1 A and AA rules, and
 * takes screenshots at a desktop and a phone size. Nothing is downloaded at run time: the driver and the browser are
 * named ({@code traam.browser.chromedriver}, {@code traam.browser.chromium}), axe-core is on the classpath.
 *
 * <pre>{@code
 * try (AccessibleBrowser browser = AccessibleBrowser.start()) {
 *     browser.assertAccessible("http://localhost:" + port + "/productions/" + id, Path.of("target/screenshots"), "scenario");
 * }
 * }</pre>
 */
public final class AccessibleBrowser implements AutoCloseable {

    /** The rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    public static final Dimension DESKTOP = new Dimension(1280, 800);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AXE = "/fr/education/traam/testkit/axe/axe.min.js";

    private final ChromeDriver driver;
    private final String axe;

    private AccessibleBrowser(ChromeDriver driver, String axe) {
        this.driver = driver;
        this.axe = axe;
    }

    public static AccessibleBrowser start() {
        String axe;
        try (InputStream in = AccessibleBrowser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the classpath (" + AXE + "): build the test kit, whose build runs npm ci");
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("traam.browser.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("traam.browser.chromium", "/usr/bin/chromium"));
        // --no-sandbox: CI and containers run the tests as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=fr-FR",
                "--hide-scrollbars", "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new AccessibleBrowser(driver, axe);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** The WCAG 2.1 AA violations axe-core finds in the page open now, at the window's size. */
    public List<Violation> violations() {
        driver.executeScript(axe);
        Object answer = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                   .then(results => done(JSON.stringify(results.violations)))
                   .catch(error => done('axe failed: ' + error));
                """, WCAG_21_AA);
        String json = String.valueOf(answer);
        if (json.startsWith("axe failed")) {
            throw new IllegalStateException(json);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(json)) {
            List<String> nodes = new ArrayList<>();
            violation.get("nodes").forEach(node -> nodes.add(node.get("target").toString() + " " + node.path("failureSummary").asString("")));
            violations.add(new Violation(violation.get("id").asString(), violation.get("impact").asString(""),
                    violation.get("help").asString(""), nodes));
        }
        return violations;
    }

    /** Writes the whole page, as tall as it is, at {@code size} to {@code file}. */
    public Path screenshot(Dimension size, Path file) {
        driver.manage().window().setSize(size);
        Number height = (Number) driver.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        // The window is taller than its viewport by the browser's own frame: a margin keeps the page's end in view.
        driver.manage().window().setSize(new Dimension(size.width, Math.max(size.height, Math.min(height.intValue() + 200, 8000))));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
        return file;
    }

    /**
     * Opens {@code url}, checks it at a desktop and at a phone size, writes {@code name-desktop.png} and
     * {@code name-phone.png} under {@code screenshots}, and fails on any violation with its rule, impact and nodes.
     */
    public void assertAccessible(String url, Path screenshots, String name) {
        open(url);
        List<String> found = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(size);
            violations().forEach(v -> found.add(size.width + "px " + v));
            screenshot(size, screenshots.resolve(name + (size.equals(PHONE) ? "-phone.png" : "-desktop.png")));
        }
        if (!found.isEmpty()) {
            throw new AssertionError("axe-core found " + found.size() + " WCAG 2.1 AA violation(s) in " + url + ":\n"
                    + String.join("\n", found));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** One rule axe-core found broken, and where. */
    public record Violation(String rule, String impact, String help, List<String> nodes) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n    " + String.join("\n    ", nodes);
        }
    }
}

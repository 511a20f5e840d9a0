package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a DNE expert does in the browser, as a person would: from their space to the campaigns, a campaign's screen
 * (moving its phase), a theme's selection board (a decision per académie, the publication after its confirmation
 * step), the theme's groups. Each page reached is checked through {@link Pages}; what is asserted is what the person
 * reads. The expert is logged in already ({@link Pages#logIn}).
 */
final class ExpertScreens {

    private final Pages pages;

    ExpertScreens(Pages pages) {
        this.pages = pages;
    }

    /** From {@code /espace}: the campaigns, then the campaign's screen. */
    void openCampaign(String campaignId) {
        pages.visit("/espace", "expert-espace");
        pages.follow("Les campagnes et leurs sélections");
        pages.waiting().until(ExpectedConditions.urlToBe(pages.site().resolve("/espace/campagnes").toString()));
        pages.check("expert-campagnes");
        assertThat(pages.heading()).isEqualTo("Les campagnes");
        pages.driver().findElement(By.xpath("//table//a[contains(@href, '/espace/campagnes/" + campaignId + "')]")).click();
        pages.waiting().until(ExpectedConditions.urlToBe(pages.site().resolve("/espace/campagnes/" + campaignId).toString()));
    }

    /** The campaign's screen, its button "Passer à la phase « Sélection nationale »" pressed: the phase it then shows. */
    String moveToNationalSelection(String campaignId) {
        openCampaign(campaignId);
        pages.check("expert-campagne");
        assertThat(pages.headings("h2")).contains("La phase", "Le calendrier", "Les thèmes");
        pages.press("Passer à la phase « Sélection nationale »");
        pages.waiting().until(d -> d.getCurrentUrl().contains("phase=NATIONAL_SELECTION"));
        pages.check("expert-campagne-phase");
        assertThat(pages.body()).contains("La campagne est entrée dans la phase « Sélection nationale ».");
        return pages.driver().findElement(By.cssSelector("h1 + p")).getText();
    }

    /** The theme's selection board, reached from the campaign's screen by the link of the theme's card. */
    void openBoard(String campaignId, String themeId) {
        pages.visit("/espace/campagnes/" + campaignId, "expert-campagne-themes");
        pages.driver().findElement(By.xpath("//a[contains(@href, '/themes/" + themeId + "/selection')]")).click();
        pages.waiting().until(ExpectedConditions.urlContains("/themes/" + themeId + "/selection"));
    }

    /**
     * On the board, "Retenir" chosen and the rationale typed in the académie's card, then "Enregistrer la décision pour
     * …": the board says it is recorded and the académie takes a seat. Returns the card's decision as it reads.
     */
    String select(String campaignId, String themeId, String academyName, String rationale) {
        openBoard(campaignId, themeId);
        pages.check("expert-selection");
        WebElement card = card(academyName);
        card.findElement(By.xpath(".//label[normalize-space()='Retenir']")).click();
        WebElement reason = card.findElement(By.tagName("textarea"));
        reason.clear();
        reason.sendKeys(rationale);
        card.findElement(By.xpath(".//button[normalize-space()='Enregistrer la décision pour " + academyName + "']")).click();
        pages.waiting().until(d -> d.getCurrentUrl().contains("fait=decision"));
        pages.check("expert-selection-decision");
        assertThat(pages.body()).contains("La décision est enregistrée.");
        List<String> seats = pages.driver().findElements(By.cssSelector(".t-seat--filled")).stream().map(WebElement::getText).toList();
        assertThat(seats).as("the seats").anyMatch(seat -> seat.contains(academyName));
        return card(academyName).findElement(By.xpath(".//dt[normalize-space()='Décision']/following-sibling::dd[1]")).getText();
    }

    /**
     * The académie's decision form filled ("Retenir", {@code rationale}, empty for none), {@code meanwhile} run before it
     * is sent (someone else deciding, say), then sent: the refusal the page shows, its error summary's text, the board
     * shown again as it now stands. The summary's links lead to the fields they name.
     */
    String selectRefused(String campaignId, String themeId, String academyName, String rationale, Runnable meanwhile, String name) {
        openBoard(campaignId, themeId);
        WebElement card = card(academyName);
        card.findElement(By.xpath(".//label[normalize-space()='Retenir']")).click();
        WebElement reason = card.findElement(By.tagName("textarea"));
        reason.clear();
        reason.sendKeys(rationale);
        meanwhile.run();
        card.findElement(By.xpath(".//button[normalize-space()='Enregistrer la décision pour " + academyName + "']")).click();
        WebElement summary = pages.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        pages.check(name);
        for (WebElement link : summary.findElements(By.tagName("a"))) {
            String target = link.getDomProperty("hash").substring(1);
            assertThat(pages.driver().findElements(By.id(target))).as("the field " + target).hasSize(1);
        }
        return summary.getText();
    }

    /**
     * After publication, the board's amendment form: the académie chosen, "Retenir" or "Ne pas retenir"
     * ({@code retain}), the rationale typed, "Amender la sélection": the amendments table's row for it, as it reads.
     */
    String amend(String campaignId, String themeId, String academyName, boolean retain, String rationale) {
        openBoard(campaignId, themeId);
        new org.openqa.selenium.support.ui.Select(pages.driver().findElement(By.id("amendment-academy")))
                .selectByVisibleText(academyName + " (" + decisionOf(academyName) + ")");
        pages.driver().findElement(By.xpath("//fieldset[legend[normalize-space()='Nouvelle décision']]//label[normalize-space()='"
                + (retain ? "Retenir" : "Ne pas retenir") + "']")).click();
        pages.driver().findElement(By.id("amendment-rationale")).sendKeys(rationale);
        pages.press("Amender la sélection");
        pages.waiting().until(d -> d.getCurrentUrl().contains("fait=amendement"));
        pages.check("expert-selection-amendee");
        assertThat(pages.body()).contains("L'amendement est enregistré et publié.");
        return pages.driver().findElement(By.xpath("//table[caption[normalize-space()='Les corrections de la sélection publiée']]"
                + "//tr[th[normalize-space()='" + academyName + "']]")).getText();
    }

    /** The académie's card's decision, as the board reads now. */
    String decisionOf(String academyName) {
        return card(academyName).findElement(By.xpath(".//dt[normalize-space()='Décision']/following-sibling::dd[1]")).getText();
    }

    /** "Préparer la publication", the confirmation page checked, "Confirmer la publication": the board says it is published. */
    void publish(String campaignId, String themeId) {
        openBoard(campaignId, themeId);
        pages.follow("Préparer la publication");
        pages.waiting().until(ExpectedConditions.urlContains("/selection/publication"));
        pages.check("expert-publication");
        assertThat(pages.heading()).startsWith("Publier la sélection");
        pages.press("Confirmer la publication");
        pages.waiting().until(d -> d.getCurrentUrl().contains("fait=publication"));
        pages.check("expert-selection-publiee");
        assertThat(pages.body()).contains("La sélection est publiée", "Sélection publiée");
    }

    /** The theme's groups page, from the board: the rows of its table (group, kind, composition) as they read. */
    List<String> groups(String campaignId, String themeId) {
        openBoard(campaignId, themeId);
        pages.follow("Les groupes de ce thème");
        pages.waiting().until(ExpectedConditions.urlContains("/themes/" + themeId + "/groupes"));
        pages.check("expert-groupes");
        assertThat(pages.heading()).startsWith("Les groupes");
        return pages.driver().findElements(By.cssSelector("table tbody tr")).stream().map(WebElement::getText).toList();
    }

    /**
     * The campaign's screen, its "Télécharger les candidatures (CSV)" link fetched by the browser itself (its session,
     * through the gateway and web): the file's first line, its header, without the byte order mark; {@code rows} gets
     * the lines after it. Headless Chromium keeps downloads out of reach, so the page's own fetch reads the link.
     */
    String downloadExports(String campaignId, java.util.List<String> rows) {
        pages.visit("/espace/campagnes/" + campaignId, "expert-campagne-exports");
        assertThat(pages.headings("h2")).contains("Les exports");
        assertThat(pages.driver().findElements(By.linkText("Télécharger les candidatures (Excel, XLSX)"))).hasSize(1);
        String href = pages.driver().findElement(By.linkText("Télécharger les candidatures (CSV)")).getDomProperty("href");
        Object text = ((org.openqa.selenium.JavascriptExecutor) pages.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done, e => done('failed: ' + e));", href);
        List<String> lines = String.valueOf(text).replace("\uFEFF", "").lines().toList();
        rows.addAll(lines.subList(1, lines.size()));
        return lines.get(0);
    }

    /** From {@code /espace}, "Les productions à valider": the titles listed under "À relire", each checked to link to its page. */
    List<String> awaitingReview() {
        pages.visit("/espace", "expert-espace-validations");
        pages.follow("Les productions à valider");
        pages.waiting().until(ExpectedConditions.urlToBe(pages.site().resolve("/espace/validations").toString()));
        pages.check("expert-validations");
        assertThat(pages.heading()).isEqualTo("Les productions à valider");
        List<WebElement> links = pages.driver().findElements(By.xpath("//section[h2[starts-with(normalize-space(), 'À relire')]]//h3/a"));
        assertThat(links).allSatisfy(link -> assertThat(link.getDomProperty("href")).contains("/espace/productions/"));
        return links.stream().map(WebElement::getText).toList();
    }

    private WebElement card(String academyName) {
        return pages.driver().findElement(By.xpath("//li[h3[normalize-space()='" + academyName + "']]"));
    }
}

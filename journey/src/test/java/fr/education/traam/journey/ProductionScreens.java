package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A production's page under way, as those who follow its work use it ({@code /espace/productions/{id}}): its reviewer
 * approving it, its author answering the publication checks, the theme's expert publishing it. The person is logged in
 * already; each page reached is checked through {@link Pages}; what is returned is what the person reads.
 */
final class ProductionScreens {

    private final Pages pages;

    ProductionScreens(Pages pages) {
        this.pages = pages;
    }

    /** From the expert's validations, the production titled {@code title}: its page. */
    void openFromValidations(String title) {
        pages.visit("/espace/validations", "expert-validations");
        pages.follow(title);
        pages.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        pages.check("production");
    }

    /** "Valider", a comment, "Enregistrer la relecture": the page as it then reads, checked as {@code name}. */
    String approve(String comment, String name) {
        pages.driver().findElement(By.xpath("//label[normalize-space()='Valider']")).click();
        WebElement text = pages.driver().findElement(By.id("comment"));
        text.clear();
        text.sendKeys(comment);
        pages.press("Enregistrer la relecture");
        pages.waiting().until(ExpectedConditions.urlMatches("\\?fait=relecture$"));
        pages.check(name);
        return pages.body();
    }

    /** "Publier la production": the page as it then reads, a refusal's summary included. */
    String publish(String name) {
        pages.press("Publier la production");
        pages.waiting().until(ExpectedConditions.or(ExpectedConditions.urlMatches("\\?fait=publication$"),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]"))));
        pages.check(name);
        return pages.body();
    }

    /**
     * "Renseigner les vérifications de publication": a licence, every accessibility item answered yes (the tables and
     * forms items not applicable), each resource's terms and legal notices, the declaration; saved. The page as it
     * then reads.
     */
    String answerEveryCheck(String licenceLabel) {
        pages.follow("Renseigner les vérifications de publication");
        pages.waiting().until(ExpectedConditions.urlMatches("/verifications$"));
        pages.check("production-verifications");
        new org.openqa.selenium.support.ui.Select(pages.driver().findElement(By.id("licence"))).selectByVisibleText(licenceLabel);
        for (WebElement item : pages.driver().findElements(By.xpath("//section[@aria-labelledby='accessibilite']//fieldset"))) {
            String answer = item.findElement(By.tagName("legend")).getText().startsWith("TF-") ? "Sans objet" : "Oui";
            item.findElement(By.xpath(".//label[normalize-space()='" + answer + "']")).click();
        }
        pages.driver().findElements(By.xpath("//section[@aria-labelledby='ressources']//label")).forEach(WebElement::click);
        pages.driver().findElement(By.cssSelector("label[for=noPupilNamed]")).click();
        pages.press("Enregistrer les vérifications");
        pages.waiting().until(ExpectedConditions.urlMatches("\\?fait=verifications$"));
        assertThat(pages.driver().findElements(By.id("manque"))).as("nothing keeps it from publication any more").isEmpty();
        return pages.body();
    }
}

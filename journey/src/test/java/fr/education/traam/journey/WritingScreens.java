package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/**
 * A group member writing a pedagogical scenario in the browser: from the group's page, "Écrire un scénario
 * pédagogique", the form filled as a teacher would (its steps and resource), saved as a draft; then submitting it,
 * revising it when the submission says what is missing. The person is logged in and on the group's page.
 */
final class WritingScreens {

    private final Pages pages;

    WritingScreens(Pages pages) {
        this.pages = pages;
    }

    /**
     * The scenario {@code title}, every field written but the difficulties (left for {@link #complete}), saved: the
     * production's page as it then reads. A group that formed a moment ago may not be known yet to the productions
     * service; its French refusal is read and the form sent again, as a person would.
     */
    String draft(String title, String resourceUrl) {
        pages.follow("Écrire un scénario pédagogique");
        pages.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Écrire un scénario pédagogique"));
        pages.check("scenario-formulaire");
        type("title", title);
        type("summary", "La classe compare ses textes à ceux d'une IA, puis réécrit les siens.");
        tick("disciplines", "Lettres");
        tick("levels", "Cinquième");
        tick("competences", "3.1");
        type("duration", "4 séances de 55 minutes");
        type("prerequisites", "Rédiger un paragraphe argumenté");
        type("steps-0-title", "Découvrir");
        type("steps-0-description", "Lire trois textes, dont un écrit par une IA, et deviner lequel.");
        type("steps-0-duration", "55 min");
        type("steps-1-title", "Réécrire");
        type("steps-1-description", "Réécrire le texte de l'IA pour qu'il convainque.");
        type("resources-0-name", "Vittascience");
        type("resources-0-url", resourceUrl);
        type("whatWorked", "Les élèves argumentent davantage.");
        for (int attempt = 0; ; attempt++) {
            pages.send("Enregistrer le brouillon");
            if (pages.driver().getCurrentUrl().endsWith("?fait=brouillon")) {
                break;
            }
            String refusal = pages.driver().findElement(By.cssSelector("[role=alert]")).getText();
            assertThat(refusal).as("only a group not known yet is worth another try").contains("pas encore connu");
            assertThat(attempt).as("tries of a group the productions service does not know yet").isLessThan(20);
            sleep();
        }
        pages.check("scenario-brouillon");
        return pages.body();
    }

    /** "Soumettre à la relecture": the page as it then reads, a refusal's summary included. */
    String submit(String name) {
        pages.send("Soumettre à la relecture");
        pages.check(name);
        return pages.body();
    }

    /**
     * "Modifier la production": the form filled with the current version (its first step's title returned in
     * {@code prefilled}), the difficulties written, "Enregistrer la nouvelle version": the page as it then reads.
     */
    String complete(String difficulties, List<String> prefilled) {
        pages.follow("Modifier la production");
        pages.waiting().until(ExpectedConditions.urlMatches("/modifier$"));
        pages.check("scenario-modification");
        prefilled.add(pages.driver().findElement(By.id("steps-0-title")).getDomProperty("value"));
        type("difficulties", difficulties);
        pages.press("Enregistrer la nouvelle version");
        pages.waiting().until(ExpectedConditions.urlMatches("\\?fait=modification$"));
        return pages.body();
    }

    private void type(String id, String text) {
        WebElement field = pages.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Ticks the box of the group {@code id} whose label starts with {@code label}. */
    private void tick(String id, String label) {
        pages.driver().findElement(By.id(id)).findElement(By.xpath(".//label[starts-with(normalize-space(), \"" + label + "\")]")).click();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

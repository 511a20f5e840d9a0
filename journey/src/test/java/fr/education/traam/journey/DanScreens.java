package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/**
 * What an académie's DAN does in the browser, as a person would: from their space to their académie's candidatures,
 * and applying to a theme with the candidature form.
 * Each page reached is checked through {@link Pages}; what is asserted is what the person reads. The DAN is logged in
 * already ({@link Pages#logIn}).
 */
final class DanScreens {

    private final Pages pages;

    DanScreens(Pages pages) {
        this.pages = pages;
    }

    /**
     * From {@code /espace}, "Les candidatures de l'académie": the row of the theme {@code themeTitle} in the campaign
     * {@code campaignTitle}, as its cells read (theme, candidature, national decision, action).
     */
    String candidatureRow(String academyName, String campaignTitle, String themeTitle) {
        pages.visit("/espace", "dan-espace");
        pages.follow("Les candidatures de l'académie");
        pages.waiting().until(ExpectedConditions.urlToBe(pages.site().resolve("/espace/candidatures").toString()));
        pages.check("dan-candidatures-suivi");
        assertThat(pages.heading()).isEqualTo("Les candidatures de l'académie de " + academyName);
        WebElement campaign = pages.driver().findElement(By.xpath("//section[h2[normalize-space()=\"" + campaignTitle + "\"]]"));
        return campaign.findElement(By.xpath(".//tr[th[normalize-space()=\"" + themeTitle + "\"]]")).getText();
    }

    /**
     * A person of the team as the form asks for them: {@code name} and their professional {@code email}.
     */
    record Person(String name, String email) {
    }

    /**
     * The candidature form filled in as a DAN would: from "Les candidatures de l'académie", "Déposer une candidature"
     * in the theme's row; one project; the team, its last teacher on a row added by "Ajouter un enseignant" (a plain
     * form button, no JavaScript), the second teacher given {@code mistyped} first. The refusal is read beside the
     * field (returned in {@code refusal}: the summary and the field's message), the address corrected, the candidature
     * submitted. Returns the candidature's page as it then reads.
     */
    String apply(String campaignTitle, String themeTitle, String projectTitle, Person inspector, List<Person> teachers,
                 Person referent, Person cardie, String mistyped, List<String> refusal) {
        pages.visit("/espace/candidatures", "dan-candidatures");
        WebElement campaign = pages.driver().findElement(By.xpath("//section[h2[normalize-space()=\"" + campaignTitle + "\"]]"));
        campaign.findElement(By.xpath(".//tr[th[normalize-space()=\"" + themeTitle + "\"]]"))
                .findElement(By.linkText("Déposer une candidature")).click();
        pages.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Déposer une candidature : " + themeTitle));
        pages.check("dan-candidature-formulaire");

        type("projects-0-title", projectTitle);
        type("projects-0-summary", "Les élèves comparent leurs textes à ceux d'une IA, puis réécrivent les leurs.");
        tick("projects-0-disciplines", "Lettres");
        tick("projects-0-schoolLevels", "Second degré");
        tick("projects-0-crcnCompetences", "2.3 ");
        type("team-inspector-name", inspector.name());
        type("team-inspector-email", inspector.email());
        new Select(pages.driver().findElement(By.id("team-inspector-corps"))).selectByVisibleText("IA-IPR");
        for (int i = 0; i < teachers.size() - 1; i++) {
            type("team-teachers-" + i + "-name", teachers.get(i).name());
            type("team-teachers-" + i + "-email", i == 1 ? mistyped : teachers.get(i).email());
        }
        pages.press("Ajouter un enseignant");
        int last = teachers.size() - 1;
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("team-teachers-" + last + "-name")));
        assertThat(pages.driver().findElement(By.id("team-teachers-0-name")).getDomProperty("value"))
                .as("what was typed is kept when a row is added").isEqualTo(teachers.get(0).name());
        type("team-teachers-" + last + "-name", teachers.get(last).name());
        type("team-teachers-" + last + "-email", teachers.get(last).email());
        type("team-referent-name", referent.name());
        type("team-referent-email", referent.email());
        type("team-cardie-name", cardie.name());
        type("team-cardie-email", cardie.email());
        pages.press("Déposer la candidature");

        WebElement summary = pages.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        pages.check("dan-candidature-refus");
        refusal.add(summary.getText());
        refusal.add(pages.driver().findElement(By.id("team-teachers-1-email-erreur")).getText());
        assertThat(pages.driver().findElement(By.id("projects-0-title")).getDomProperty("value"))
                .as("the form comes back as it was sent").isEqualTo(projectTitle);
        type("team-teachers-1-email", teachers.get(1).email());
        pages.press("Déposer la candidature");

        pages.waiting().until(ExpectedConditions.urlMatches("/espace/candidatures/[^/?]+\\?fait=depot$"));
        pages.check("dan-candidature");
        return pages.heading() + "\n" + pages.body();
    }

    /**
     * From the candidature's page, "Modifier la candidature": the form opens filled with the candidature as it stands
     * (its last teacher's address returned in {@code prefilled}), the project renamed {@code newTitle}, saved. Returns
     * the candidature's page as it then reads.
     */
    String revise(String newTitle, List<String> prefilled) {
        pages.follow("Modifier la candidature");
        pages.waiting().until(ExpectedConditions.urlMatches("/espace/candidatures/[^/?]+/modifier$"));
        pages.check("dan-candidature-modification");
        List<WebElement> emails = pages.driver().findElements(By.cssSelector("input[id^=team-teachers-][id$=-email]"));
        prefilled.add(emails.get(emails.size() - 1).getDomProperty("value"));
        type("projects-0-title", newTitle);
        pages.press("Enregistrer les modifications");
        pages.waiting().until(ExpectedConditions.urlMatches("/espace/candidatures/[^/?]+\\?fait=modification$"));
        return pages.heading() + "\n" + pages.body();
    }

    private void type(String id, String text) {
        WebElement field = pages.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Ticks the box of the group {@code id} whose label starts with {@code label}. */
    private void tick(String id, String label) {
        pages.driver().findElement(By.id(id)).findElement(By.xpath(".//label[starts-with(normalize-space(), \"" + label.strip() + "\")]")).click();
    }
}

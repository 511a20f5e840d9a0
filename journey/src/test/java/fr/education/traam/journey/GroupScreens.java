package fr.education.traam.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/**
 * A working group's member in the browser: from their space to their groups, a group's page (its productions, its
 * calendar, its spaces, its members), and from there a production's page. The person is logged in already.
 */
final class GroupScreens {

    private final Pages pages;

    GroupScreens(Pages pages) {
        this.pages = pages;
    }

    /**
     * From {@code /espace}, "Mes groupes de travail", then the group whose link reads {@code groupLink}: the names of its
     * members, as its table lists them. {@code who} names the pages checked ({@code enseignant-groupe}).
     */
    List<String> openGroup(String groupLink, String who) {
        pages.visit("/espace", who + "-espace");
        pages.follow("Mes groupes de travail");
        pages.waiting().until(ExpectedConditions.urlToBe(pages.site().resolve("/espace/groupes").toString()));
        pages.check(who + "-groupes");
        pages.follow(groupLink);
        pages.waiting().until(ExpectedConditions.urlMatches("/espace/groupes/[^/]+$"));
        pages.check(who + "-groupe");
        return pages.driver().findElements(By.cssSelector("section[aria-labelledby=membres] tbody th")).stream()
                .map(cell -> cell.getText().strip()).toList();
    }

    /** On the group's page, the production titled {@code title}: its page, checked as {@code name}. */
    void openProduction(String title, String name) {
        pages.follow(title);
        pages.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        pages.check(name);
    }
}

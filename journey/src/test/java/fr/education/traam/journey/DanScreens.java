package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What an académie's DAN does in the browser, as a person would: from their space to their académie's candidatures.
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
        pages.check("dan-candidatures");
        assertThat(pages.heading()).isEqualTo("Les candidatures de l'académie de " + academyName);
        WebElement campaign = pages.driver().findElement(By.xpath("//section[h2[normalize-space()=\"" + campaignTitle + "\"]]"));
        return campaign.findElement(By.xpath(".//tr[th[normalize-space()=\"" + themeTitle + "\"]]")).getText();
    }
}

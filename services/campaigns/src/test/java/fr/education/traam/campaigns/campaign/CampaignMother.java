package fr.education.traam.campaigns.campaign;

import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeKind;

import java.time.LocalDate;
import java.util.List;

/** Campaigns and themes as the DNE would draft them, for tests. */
public final class CampaignMother {

    public static final LocalDate CALL_OPENING = LocalDate.of(2027, 3, 15);

    private CampaignMother() {
    }

    public static Calendar calendar2027() {
        return new Calendar(CALL_OPENING, LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 18),
                LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));
    }

    public static Theme artificialIntelligence() {
        return new Theme(new ThemeId("ia-et-ecriture"), "IA et écriture", "L'IA générative et l'écriture des élèves",
                ThemeKind.INTERDISCIPLINARY, List.of("Lettres", "Philosophie"),
                List.of(new Expert("expert-lettres", "Claire Martin"), new Expert("expert-philo", "Jean Dupont")),
                Theme.USUAL_CAPACITY, ThemeCycle.FIRST_YEAR, null);
    }

    public static Theme mathsWithData() {
        return new Theme(new ThemeId("donnees-en-mathematiques"), "Données en mathématiques", "",
                ThemeKind.DISCIPLINARY, List.of("Mathématiques"), List.of(new Expert("expert-maths", "Awa Traoré")),
                Theme.USUAL_CAPACITY, ThemeCycle.FIRST_YEAR, null);
    }

    public static Campaign draftWithThemes() {
        return Campaign.draft(new CampaignId("campaign-2027"), new SchoolYear(2027), "TraAM 2027-2028", calendar2027(),
                List.of(artificialIntelligence(), mathsWithData()), "expert-lettres").campaign();
    }

    public static Campaign draftWithoutThemes() {
        return Campaign.draft(new CampaignId("campaign-empty"), new SchoolYear(2027), "TraAM 2027-2028", calendar2027(),
                List.of(), "expert-lettres").campaign();
    }
}

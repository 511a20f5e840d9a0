package fr.education.traam.campaignview;

import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;

import java.time.LocalDate;
import java.util.List;

/** The events of traam.campaigns as the campaigns service publishes them, for tests. */
final class CampaignEventsMother {

    static final CampaignCalendar CALENDAR_2027 = new CampaignCalendar(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14),
            LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));
    static final ThemeId AI_AND_WRITING = new ThemeId("ia-et-ecriture");
    static final ThemeId CLIMATE_YEAR_TWO = new ThemeId("climat-et-donnees-2");

    private CampaignEventsMother() {
    }

    static ThemeDetails aiAndWriting() {
        return new ThemeDetails(AI_AND_WRITING.value(), "IA et écriture", "L'IA générative et l'écriture des élèves",
                ThemeKind.INTERDISCIPLINARY, List.of("Lettres", "Philosophie"),
                List.of(new DneExpert("expert-lettres", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null);
    }

    static ThemeDetails climateYearTwo() {
        return new ThemeDetails(CLIMATE_YEAR_TWO.value(), "Climat et données, deuxième année", "Mutualiser les scénarios",
                ThemeKind.TRANSDISCIPLINARY, List.of("SVT", "Lettres"),
                List.of(new DneExpert("expert-svt", "Awa Traoré")), 6, ThemeCycle.SECOND_YEAR, "climat-et-donnees");
    }

    static ThemeDetails maths(int capacity) {
        return new ThemeDetails("donnees-en-mathematiques", "Données en mathématiques", "", ThemeKind.DISCIPLINARY,
                List.of("Mathématiques"), List.of(new DneExpert("expert-maths", "Awa Traoré")), capacity, ThemeCycle.FIRST_YEAR, null);
    }

    static CampaignCreated created(String campaignId) {
        return new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", CALENDAR_2027,
                List.of(aiAndWriting(), climateYearTwo()), "expert-lettres");
    }

    static CampaignPhaseAdvanced advanced(String campaignId, CampaignPhase from, CampaignPhase to) {
        return new CampaignPhaseAdvanced(campaignId, "2027-2028", "TraAM 2027-2028", from, to, LocalDate.of(2027, 3, 15),
                AdvanceTrigger.EXPERT, "expert-lettres");
    }
}

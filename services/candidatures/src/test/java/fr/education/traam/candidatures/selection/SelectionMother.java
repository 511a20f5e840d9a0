package fr.education.traam.candidatures.selection;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.Theme;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.PilotingInspector;
import fr.education.traam.candidatures.candidature.Team;
import fr.education.traam.candidatures.candidature.TeamMember;
import fr.education.traam.contract.EventCatalogue;
import fr.education.traam.contract.EventJson;
import fr.education.traam.contract.Topics;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A campaign in its national selection with a first-year and a second-year theme, and académies applying to them. */
public final class SelectionMother {

    public static final ThemeId AI_AND_WRITING = new ThemeId("ia-et-ecriture");
    public static final ThemeId CLIMATE_YEAR_TWO = new ThemeId("climat-et-donnees-2");
    public static final ThemeId CLIMATE_YEAR_ONE = new ThemeId("climat-et-donnees");
    public static final String LETTERS_EXPERT = "expert-lettres";
    public static final String SCIENCE_EXPERT = "expert-svt";
    public static final Instant AT = Instant.parse("2027-06-20T09:00:00Z");
    /** Eight académies, as in the issue's journey: six will be selected, two not retained. */
    public static final List<Academy> EIGHT = List.of(Academy.PARIS, Academy.AIX_MARSEILLE, Academy.BESANCON, Academy.BORDEAUX,
            Academy.DIJON, Academy.GRENOBLE, Academy.LILLE, Academy.LYON);

    private SelectionMother() {
    }

    public static Campaign campaign(CampaignPhase phase) {
        return new Campaign(new CampaignId("campaign-2027"), "2027-2028", "TraAM 2027-2028", new CampaignCalendar(
                LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6)), phase, List.of(aiAndWriting(), climateYearTwo()),
                Set.of(), 3);
    }

    public static Theme aiAndWriting() {
        return new Theme(AI_AND_WRITING, "IA et écriture", ThemeKind.INTERDISCIPLINARY, List.of("Lettres"),
                List.of(new DneExpert(LETTERS_EXPERT, "Claire Martin"), new DneExpert("expert-philo", "Jean Dupont")), 6,
                ThemeCycle.FIRST_YEAR, null);
    }

    public static Theme climateYearTwo() {
        return new Theme(CLIMATE_YEAR_TWO, "Climat et données, deuxième année", ThemeKind.TRANSDISCIPLINARY, List.of("SVT"),
                List.of(new DneExpert(SCIENCE_EXPERT, "Awa Traoré")), 6, ThemeCycle.SECOND_YEAR, CLIMATE_YEAR_ONE);
    }

    public static NationalSelection draft(Campaign campaign, ThemeId theme) {
        return NationalSelection.begin(campaign, theme);
    }

    public static List<Applicant> applying(CandidatureKind kind, Academy... academies) {
        return Arrays.stream(academies).map(academy -> applicant(academy, kind)).toList();
    }

    public static List<Applicant> applying(CandidatureKind kind, List<Academy> academies) {
        return academies.stream().map(academy -> applicant(academy, kind)).toList();
    }

    public static Applicant applicant(Academy academy, CandidatureKind kind) {
        return new Applicant(new CandidatureId("candidature-" + academy.code()), academy, kind, team(academy));
    }

    /** A team whose addresses are those of the académie's domain, so that tests can tell teams apart. */
    public static Team team(Academy academy) {
        String domain = "@ac-" + academy.name().toLowerCase().replace('_', '-') + ".fr";
        return new Team(new PilotingInspector("Hélène Robert", new EmailAddress("helene.robert" + domain), InspectorCorps.IA_IPR),
                List.of(new TeamMember("Paul Martin", new EmailAddress("paul.martin" + domain)),
                        new TeamMember("Inès Benali", new EmailAddress("ines.benali" + domain)),
                        new TeamMember("Marc Petit", new EmailAddress("marc.petit" + domain))),
                new TeamMember("Sophie Durand", new EmailAddress("sophie.durand" + domain)),
                new TeamMember("Luc Moreau", new EmailAddress("luc.moreau" + domain)));
    }

    /** No event of a public topic carries a team: names and addresses go only to the restricted topic (ADR 22). */
    public static void assertNoTeamOnAPublicTopic(List<TraamEvent> events) {
        assertThat(events).filteredOn(event -> !Topics.RESTRICTED.contains(EventCatalogue.of(event).topic()))
                .isNotEmpty().allSatisfy(event -> assertThat(new String(EventJson.write(event), StandardCharsets.UTF_8))
                        .as("%s on %s", event.getClass().getSimpleName(), EventCatalogue.of(event).topic())
                        .doesNotContain("\"team\"").doesNotContain("@").doesNotContain("Moreau"));
    }
}

package fr.education.traam.candidatures.candidature;

import fr.education.traam.campaignview.Campaign;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.reference.Academy;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;
import fr.education.traam.reference.people.ProfessionalDomains;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Campaigns as this service learns them, and candidatures as a DAN would propose them, for tests. */
public final class CandidatureMother {

    public static final CampaignCalendar CALENDAR_2027 = new CampaignCalendar(LocalDate.of(2027, 3, 15),
            LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 18), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1),
            LocalDate.of(2029, 7, 6));
    public static final ThemeId AI_AND_WRITING = new ThemeId("ia-et-ecriture");
    public static final ThemeId CLIMATE_YEAR_TWO = new ThemeId("climat-et-donnees-2");
    public static final ProfessionalDomains DOMAINS = new ProfessionalDomains(ProfessionalDomains.DEFAULTS);

    private CandidatureMother() {
    }

    public static ThemeDetails aiAndWriting() {
        return new ThemeDetails(AI_AND_WRITING.value(), "IA et écriture", "L'IA générative et l'écriture des élèves",
                ThemeKind.INTERDISCIPLINARY, List.of("Lettres", "Philosophie"),
                List.of(new DneExpert("expert-lettres", "Claire Martin")), 6, ThemeCycle.FIRST_YEAR, null);
    }

    public static ThemeDetails climateYearTwo() {
        return new ThemeDetails(CLIMATE_YEAR_TWO.value(), "Climat et données, deuxième année", "Mutualiser les scénarios",
                ThemeKind.TRANSDISCIPLINARY, List.of("SVT", "Physique-chimie"),
                List.of(new DneExpert("expert-svt", "Awa Traoré")), 6, ThemeCycle.SECOND_YEAR, "climat-et-donnees");
    }

    public static CampaignCreated created(String campaignId) {
        return new CampaignCreated(campaignId, "2027-2028", "TraAM 2027-2028", CALENDAR_2027,
                List.of(aiAndWriting(), climateYearTwo()), "expert-lettres");
    }

    /** A campaign whose call is open, with a first-year and a second-year theme. */
    public static Campaign openCall(String campaignId) {
        return inPhase(campaignId, CampaignPhase.CALL_OPEN);
    }

    public static Campaign inPhase(String campaignId, CampaignPhase phase) {
        Campaign draft = Campaign.createdBy("event-created-" + campaignId, created(campaignId));
        return new Campaign(draft.id(), draft.schoolYear(), draft.title(), draft.calendar(), phase, draft.themes(),
                draft.appliedEvents(), draft.version());
    }

    public static AcademyDelegate danOf(Academy academy) {
        return new AcademyDelegate("dan-" + academy.code(), academy);
    }

    public static Slot slot(Campaign campaign, ThemeId theme, Academy academy) {
        return new Slot(campaign.id(), theme, academy);
    }

    public static Project project() {
        return new Project("Écrire avec l'IA au collège",
                "Les élèves comparent leurs textes à ceux d'une IA générative et les révisent.",
                List.of("Lettres"), Set.of(SchoolLevel.SECOND_DEGRE), List.of("3.1", "2.3"));
    }

    public static Team team() {
        return new Team(new PilotingInspector("Hélène Robert", new EmailAddress("helene.robert@ac-lyon.fr"), InspectorCorps.IA_IPR),
                List.of(member("Paul Martin", "paul.martin@ac-lyon.fr"), member("Inès Benali", "ines.benali@ac-lyon.fr"),
                        member("Marc Petit", "marc.petit@ac-lyon.fr")),
                member("Sophie Durand", "sophie.durand@ac-lyon.fr"), member("Luc Moreau", "luc.moreau@ac-lyon.fr"));
    }

    public static TeamMember member(String name, String email) {
        return new TeamMember(name, new EmailAddress(email));
    }

    public static Proposal proposal() {
        return new Proposal(null, project(), team());
    }

    public static Proposal proposal(CandidatureKind kind) {
        return new Proposal(kind, project(), team());
    }

    public static Candidature submittedByLyon(Campaign campaign) {
        return Candidature.submit(new CandidatureId("candidature-lyon"), campaign, slot(campaign, AI_AND_WRITING, Academy.LYON),
                danOf(Academy.LYON), proposal(), Source.FORM, DOMAINS).candidature();
    }
}

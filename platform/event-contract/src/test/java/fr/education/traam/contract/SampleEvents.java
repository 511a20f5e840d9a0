package fr.education.traam.contract;

import fr.education.traam.contract.campaigns.AdvanceTrigger;
import fr.education.traam.contract.campaigns.CampaignCalendar;
import fr.education.traam.contract.campaigns.CampaignCreated;
import fr.education.traam.contract.campaigns.CampaignPhase;
import fr.education.traam.contract.campaigns.CampaignPhaseAdvanced;
import fr.education.traam.contract.campaigns.CampaignRescheduled;
import fr.education.traam.contract.campaigns.DneExpert;
import fr.education.traam.contract.campaigns.ThemeAdded;
import fr.education.traam.contract.campaigns.ThemeCycle;
import fr.education.traam.contract.campaigns.ThemeDetails;
import fr.education.traam.contract.campaigns.ThemeKind;
import fr.education.traam.contract.campaigns.ThemeRevised;
import fr.education.traam.contract.campaigns.ThemeWithdrawn;
import fr.education.traam.contract.candidatures.AcademicSelectionFiled;
import fr.education.traam.contract.candidatures.AcademicTeam;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.candidatures.AcademyNotRetained;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.contract.candidatures.CandidatureKind;
import fr.education.traam.contract.candidatures.CandidatureRevised;
import fr.education.traam.contract.candidatures.CandidatureSource;
import fr.education.traam.contract.candidatures.CandidatureSubmitted;
import fr.education.traam.contract.candidatures.CandidatureWithdrawn;
import fr.education.traam.contract.candidatures.GroupMember;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.ProjectDetails;
import fr.education.traam.contract.candidatures.SelectedTeam;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.candidatures.SelectionAmended;
import fr.education.traam.contract.candidatures.SelectionDecision;
import fr.education.traam.contract.candidatures.YearOneCheck;
import fr.education.traam.contract.candidatures.SchoolLevel;
import fr.education.traam.contract.dissemination.EditionEntry;
import fr.education.traam.contract.dissemination.EditionLineKind;
import fr.education.traam.contract.dissemination.NewsletterEditionPublished;
import fr.education.traam.contract.groups.ClosingReason;
import fr.education.traam.contract.groups.CollaborationSpaceKind;
import fr.education.traam.contract.groups.CollaborationSpaceLink;
import fr.education.traam.contract.groups.DepartureReason;
import fr.education.traam.contract.groups.GroupCompositionChanged;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.groups.GroupMemberSeat;
import fr.education.traam.contract.groups.GroupReference;
import fr.education.traam.contract.groups.GroupStatus;
import fr.education.traam.contract.groups.MemberErased;
import fr.education.traam.contract.groups.MemberIdentified;
import fr.education.traam.contract.groups.MemberIdentity;
import fr.education.traam.contract.groups.MemberJoined;
import fr.education.traam.contract.groups.MemberLeft;
import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.contract.groups.ProgressReported;
import fr.education.traam.contract.groups.ResearchGroupLink;
import fr.education.traam.contract.groups.UnmetRule;
import fr.education.traam.contract.groups.WorkCalendarEntry;
import fr.education.traam.contract.groups.WorkCalendarEntryKind;
import fr.education.traam.contract.groups.WorkCalendarPublished;
import fr.education.traam.contract.groups.WorkingGroupClosed;
import fr.education.traam.contract.groups.WorkingGroupContinued;
import fr.education.traam.contract.groups.WorkingGroupFormed;
import fr.education.traam.contract.groups.WorkspaceChanged;
import fr.education.traam.contract.productions.ProductionApproved;
import fr.education.traam.contract.productions.ProductionChangesRequested;
import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionDrafted;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionRevised;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.contract.productions.PublishedAttachment;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.contract.productions.ThemeReference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One realistic instance of every event type, as a producer would publish it. */
final class SampleEvents {

    static final CampaignCalendar CALENDAR = new CampaignCalendar(
            LocalDate.of(2027, 3, 15), LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 18),
            LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 6));

    static final ThemeDetails THEME = new ThemeDetails("theme-ia", "Intelligence artificielle et écriture",
            "Comment l'IA générative transforme-t-elle les pratiques d'écriture des élèves ?",
            ThemeKind.INTERDISCIPLINARY, List.of("Lettres", "Philosophie"),
            List.of(new DneExpert("expert-lettres", "Claire Martin"), new DneExpert("expert-philo", "Jean Dupont")),
            6, ThemeCycle.FIRST_YEAR, null);

    static final ThemeDetails SECOND_YEAR_THEME = new ThemeDetails("theme-climat-2", "Climat et données, deuxième année",
            "Mutualiser et évaluer les scénarios de la première année.", ThemeKind.TRANSDISCIPLINARY,
            List.of("SVT", "Physique-chimie"), List.of(new DneExpert("expert-svt", "Awa Traoré")),
            6, ThemeCycle.SECOND_YEAR, "theme-climat");

    static final AcademyDetails LYON = new AcademyDetails("10", "Lyon");
    static final ThemeReference THEME_IA = new ThemeReference("campaign-2027", "2027-2028", "theme-ia", "Intelligence artificielle et écriture");
    static final String PRODUCTION_PAGE = "https://traam.education.fr/productions/production-42";

    static final ProjectDetails PROJECT = new ProjectDetails("Écrire avec l'IA au collège",
            "Des séquences où les élèves comparent leurs textes à ceux d'une IA générative et les révisent.",
            List.of("Lettres", "Philosophie"), List.of(SchoolLevel.SECOND_DEGRE), List.of("2.3", "3.1", "4.2"));

    static final AcademyDetails GRENOBLE = new AcademyDetails("08", "Grenoble");

    static final AcademicTeam TEAM = new AcademicTeam(new GroupMember("Hélène Robert", "helene.robert@ac-lyon.fr"), "IA_IPR",
            List.of(new GroupMember("Paul Martin", "paul.martin@ac-lyon.fr"), new GroupMember("Inès Benali", "ines.benali@ac-lyon.fr"),
                    new GroupMember("Marc Petit", "marc.petit@ac-lyon.fr")),
            new GroupMember("Sophie Durand", "sophie.durand@ac-lyon.fr"), new GroupMember("Luc Moreau", "luc.moreau@ac-lyon.fr"));

    static final GroupReference NATIONAL_GROUP = new GroupReference("group-ia-national", GroupKind.NATIONAL,
            "campaign-2027", "theme-ia", null);

    static final GroupReference LYON_GROUP = new GroupReference("group-ia-10", GroupKind.ACADEMIC,
            "campaign-2027", "theme-ia", LYON);

    static final GroupReference LYON_CONTINUING_GROUP = new GroupReference("group-climat-10", GroupKind.ACADEMIC,
            "campaign-2027", "theme-climat-2", LYON);

    static List<TraamEvent> all() {
        return List.of(
                new CampaignCreated("campaign-2027", "2027-2028", "TraAM 2027-2028", CALENDAR, List.of(THEME, SECOND_YEAR_THEME), "expert-lettres"),
                new ThemeAdded("campaign-2027", THEME, "expert-lettres"),
                new ThemeRevised("campaign-2027", SECOND_YEAR_THEME, "igesr-1"),
                new ThemeWithdrawn("campaign-2027", "theme-ia", "expert-lettres"),
                new CampaignRescheduled("campaign-2027", CALENDAR, "expert-lettres"),
                new CampaignPhaseAdvanced("campaign-2027", "2027-2028", "TraAM 2027-2028", CampaignPhase.DRAFT,
                        CampaignPhase.CALL_OPEN, LocalDate.of(2027, 3, 15), AdvanceTrigger.EXPERT, "expert-lettres"),
                new CandidatureSubmitted("candidature-1", "campaign-2027", "theme-ia", LYON, CandidatureKind.APPLICATION,
                        CandidatureSource.FORM, null, List.of(PROJECT), "dan-lyon"),
                new CandidatureRevised("candidature-2", "campaign-2027", "theme-climat-2", LYON, CandidatureKind.CONTINUATION,
                        CandidatureSource.DEDICATED_FILE, "import-2027-10-1", List.of(PROJECT, PROJECT), "dan-lyon"),
                new CandidatureWithdrawn("candidature-1", "campaign-2027", "theme-ia", LYON, "dan-lyon"),
                new AcademicSelectionFiled("import-2027-10-1", "campaign-2027", LYON,
                        List.of(new AcademicSelectionFiled.FiledTheme("theme-climat-2", "candidature-2", 2)),
                        List.of("theme-ia"), 2, "dan-lyon"),
                new AcademySelected("campaign-2027/theme-ia", "campaign-2027", "theme-ia", LYON, "candidature-1",
                        CandidatureKind.APPLICATION, "Une équipe solide, des usages en classe déjà éprouvés.", null),
                new AcademyNotRetained("campaign-2027/theme-ia", "campaign-2027", "theme-ia", GRENOBLE, "candidature-3",
                        CandidatureKind.APPLICATION, null),
                new NationalSelectionPublished("campaign-2027/theme-ia", "campaign-2027", "theme-ia", ThemeCycle.FIRST_YEAR,
                        6, List.of("10"), List.of("08"), 1, 1, 0, "expert-lettres"),
                new SelectionAmended("campaign-2027/theme-climat-2", "campaign-2027", "theme-climat-2", LYON, "candidature-2",
                        CandidatureKind.CONTINUATION, SelectionDecision.NOT_RETAINED, SelectionDecision.SELECTED,
                        "L'équipe de première année est reconduite.", YearOneCheck.NOT_KNOWN_HERE, "expert-svt"),
                new NationalSelectionAmended("campaign-2027/theme-ia", "campaign-2027", "theme-ia", ThemeCycle.FIRST_YEAR, 6, 1,
                        LYON, SelectionDecision.SELECTED, SelectionDecision.NOT_RETAINED, List.of(), List.of("08", "10"), 0),
                new SelectedTeamsTransmitted("campaign-2027/theme-ia", "campaign-2027", "theme-ia", ThemeCycle.FIRST_YEAR, 0,
                        List.of(new SelectedTeam(LYON, "candidature-1", CandidatureKind.APPLICATION, TEAM))),
                new WorkingGroupFormed(NATIONAL_GROUP, "campaign-2027/theme-ia", 0,
                        List.of(new GroupMemberSeat("member-1", MemberRole.DNE_EXPERT, null, null),
                                new GroupMemberSeat("member-2", MemberRole.DNE_EXPERT, null, null),
                                new GroupMemberSeat("member-3", MemberRole.REFERENT, null, "10")),
                        GroupStatus.INCOMPLETE,
                        List.of(new UnmetRule("NO_INSPECTOR_GENERAL", "The national group of theme-ia has no inspector general"))),
                new GroupCompositionChanged(LYON_GROUP, GroupStatus.COMPLETE, GroupStatus.INCOMPLETE,
                        List.of(new UnmetRule("TOO_FEW_TEACHERS", "Lyon's academic group has 2 teachers and needs 3"))),
                new MemberJoined(LYON_GROUP, new GroupMemberSeat("member-9", MemberRole.PILOTING_INSPECTOR, "IEN_ET", null), "member-4"),
                new MemberLeft(LYON_GROUP, new GroupMemberSeat("member-6", MemberRole.TEACHER, null, null), DepartureReason.REMOVED),
                new WorkingGroupContinued(LYON_CONTINUING_GROUP, "campaign-2026", "theme-climat", "campaign-2027/theme-climat-2"),
                new WorkingGroupClosed(LYON_GROUP, ClosingReason.NOT_RETAINED),
                new WorkCalendarPublished("group-ia-national", "campaign-2027", "theme-ia", List.of(
                        new WorkCalendarEntry(WorkCalendarEntryKind.MEETING, LocalDate.of(2027, 9, 22), "Séminaire de lancement",
                                "Présentation du thème et des attendus", "https://visio.education.fr/traam-ia"),
                        new WorkCalendarEntry(WorkCalendarEntryKind.SCENARIOS_DUE, LocalDate.of(2028, 5, 31), "Scénarios de l'année 1",
                                null, null))),
                new ProgressReported("report-1", "group-ia-national", "10", "member-3", 2),
                new WorkspaceChanged("group-ia-10", List.of(
                        new CollaborationSpaceLink(CollaborationSpaceKind.TRIBU, "https://tribu.phm.education.gouv.fr/traam-ia-lyon"),
                        new CollaborationSpaceLink(CollaborationSpaceKind.PAD, "https://pad.ac-lyon.fr/p/traam-ia")),
                        new ResearchGroupLink("GTnum IA et écriture", "https://gtnum.education.fr/ia-ecriture")),
                new MemberIdentified("member-7", new MemberIdentity("claire.morel@ac-lyon.fr", null)),
                new MemberErased("member-7"),
                new ProductionDrafted("production-42", 1, ProductionType.SCENARIO, "Réécrire un conte", THEME_IA, "group-ia-10", LYON),
                new ProductionRevised("production-42", 2, "Réécrire un conte avec une IA"),
                new ProductionSubmitted("production-42", 2, ReviewStage.ACADEMIC),
                new ProductionChangesRequested("production-42", 2, ReviewStage.NATIONAL),
                new ProductionApproved("production-42", 2, ReviewStage.NATIONAL),
                new ProductionPublished("production-42", 2, ProductionType.SCENARIO, "Réécrire un conte avec une IA",
                        "Une séquence de cinquième où les élèves comparent leur réécriture à celle d'une IA.",
                        List.of("Lettres"), List.of("CINQUIEME"), List.of("3.1", "2.2"), THEME_IA, LYON, List.of(LYON),
                        PRODUCTION_PAGE, "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr",
                        new ProductionContent(new ProductionContent.Scenario("4 séances de 55 minutes", "Avoir lu trois contes.",
                                List.of(new ProductionContent.Step("Lire", "Lecture du conte et relevé de ses étapes.", "55 minutes"),
                                        new ProductionContent.Step("Réécrire", "Chaque groupe réécrit une étape, puis la compare à la version d'une IA.", null)),
                                List.of(new ProductionContent.DigitalResource("Éditeur de texte de l'ENT", "https://ent.ac-lyon.fr", false, null)),
                                "Les élèves ont repéré d'eux-mêmes les clichés de la version produite.", "Le temps de connexion en début de séance."),
                                null, null, null, null),
                        List.of(new PublishedAttachment("attachment-7", "carte-mentale.png", "image/png", 48213,
                                "https://traam.education.fr/api/productions/production-42/attachments/attachment-7",
                                "Carte mentale des étapes du conte, de la situation initiale à la situation finale.", null, null))),
                new ProductionWithdrawn("production-42", ProductionType.SCENARIO, "Réécrire un conte avec une IA", THEME_IA, LYON,
                        List.of(LYON), PRODUCTION_PAGE, "Une ressource citée n'est plus disponible."),
                new NewsletterEditionPublished("discipline-lettres", EditionLineKind.DISCIPLINE, "ÉduNum Lettres", 3,
                        "ÉduNum Lettres n°3", "https://traam.education.fr/api/dissemination/edition-lines/discipline-lettres/editions/3",
                        Instant.parse("2027-10-04T08:30:00Z"),
                        new EditionEntry("Réécrire un conte avec une IA", "https://lettres.ac-lyon.fr/traam/reecrire-un-conte"),
                        List.of(new EditionEntry("Réécrire un conte avec une IA", "https://lettres.ac-lyon.fr/traam/reecrire-un-conte"),
                                new EditionEntry("Appel à projets TraAM 2027-2028 ouvert", null)),
                        "editor-1"));
    }

    static Map<Class<?>, TraamEvent> byClass() {
        return all().stream().collect(Collectors.toMap(Object::getClass, Function.identity()));
    }

    private SampleEvents() {
    }
}

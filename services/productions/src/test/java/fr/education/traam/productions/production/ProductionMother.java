package fr.education.traam.productions.production;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.groups.GroupKind;
import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionContent.DigitalResource;
import fr.education.traam.contract.productions.ProductionContent.Scenario;
import fr.education.traam.contract.productions.ProductionContent.Step;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ThemeReference;
import fr.education.traam.productions.production.AccessibilityItem.Answer;
import fr.education.traam.productions.production.ReviewComment.Verdict;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Productions of Lyon's academic group on the A2RNE theme, at every step of their life. */
public final class ProductionMother {

    public static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");
    public static final ThemeReference THEME = new ThemeReference("traam-2027", "2027-2028", "ia-en-classe", "L'IA en classe");
    public static final AcademyDetails LYON = new AcademyDetails("LYON", "Lyon");
    public static final Authorship LYON_GROUP = new Authorship("group-lyon", GroupKind.ACADEMIC, THEME, LYON, List.of(LYON));
    public static final Authorship NATIONAL_GROUP = new Authorship("group-national", GroupKind.NATIONAL, THEME, null, List.of());
    public static final String TEACHER = "paul.martin";
    public static final String INSPECTOR = "helene.robert";
    public static final String EXPERT = "expert-ia";
    public static final SocialNetworks SOCIAL = new SocialNetworks(List.of("facebook.com", "x.com", "tiktok.com"));
    public static final Production.Publicly PUBLICLY = new Production.Publicly("https://traam.example/productions/p-1");

    private ProductionMother() {
    }

    public static Writing scenario() {
        return scenario("Écrire avec une IA en 5e", List.of(new DigitalResource("Vittascience", "https://vittascience.com/ia",
                true, "Traitement « ENT Lyon », registre du DPD académique")));
    }

    public static Writing scenario(String title, List<DigitalResource> resources) {
        return new Writing(title, "Une séquence de français où la classe compare ses textes à ceux d'une IA.",
                List.of("Lettres"), List.of("CINQUIEME"), List.of("3.1"),
                new ProductionContent(new Scenario("4 séances de 55 min", "Savoir rédiger un paragraphe",
                        List.of(new Step("Découvrir", "La classe lit trois textes, dont un écrit par une IA.", "55 min")),
                        resources, "Les élèves argumentent mieux.", "Le réseau du collège est lent."), null, null, null, null));
    }

    public static Production draft() {
        return Production.draft(new ProductionId("p-1"), ProductionType.SCENARIO, LYON_GROUP, scenario(), TEACHER, AT).production();
    }

    public static Production submitted() {
        return draft().submit(TEACHER).production();
    }

    public static Production approved() {
        return submitted().review(Verdict.APPROVED, null, INSPECTOR, "PILOTING_INSPECTOR", AT).production()
                .review(Verdict.APPROVED, "Bravo", EXPERT, "DNE_EXPERT", AT).production();
    }

    /** Every check answered as it should be, for the current version. */
    public static PublicationChecks met(Production production) {
        Map<AccessibilityItem, Answer> all = Arrays.stream(AccessibilityItem.values())
                .collect(Collectors.toMap(Function.identity(), item -> Answer.YES));
        List<ResourceCheck> resources = production.current().writing().resources().stream()
                .map(r -> new ResourceCheck(r.url(), true, true)).toList();
        return new PublicationChecks(Licence.CC_BY_NC_SA_4_0, all, resources,
                new PupilDeclaration(TEACHER, production.current().number(), AT));
    }

    public static AttachedFile image(String id) {
        return new AttachedFile(id, "frise.png", "image/png", 2_048, "ab12", true, null, null, null, AT);
    }

    public static AttachedFile video(String id) {
        return new AttachedFile(id, "capsule.mp4", "video/mp4", 20_480, "cd34", true, "La capsule présente la séquence", null, null, AT);
    }

    public static AttachedFile captions(String id) {
        return new AttachedFile(id, "capsule.vtt", "text/vtt", 512, "ef56", true, null, null, null, AT);
    }
}

package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.contract.productions.PublishedAttachment;
import fr.education.traam.contract.productions.ThemeReference;
import fr.education.traam.kit.outbox.PendingEvent;
import fr.education.traam.reference.Academy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Productions as the service publishes them on traam.productions, for the tests that play the aggregate's part. */
public final class CatalogueMother {

    public static final String SOURCE = "/traam/productions";

    private CatalogueMother() {
    }

    public static String newId() {
        return "production-" + UUID.randomUUID();
    }

    /** A production of any kind with the given facets; its content is the kind's. */
    public static ProductionPublished production(String id, int version, ProductionType kind, String title, String summary,
                                                 String schoolYear, String themeId, String themeTitle, List<String> academies,
                                                 List<String> disciplines, List<String> levels, List<String> competences) {
        List<AcademyDetails> credited = academies.stream().map(code -> Academy.byCode(code).orElseThrow().details()).toList();
        return new ProductionPublished(id, version, kind, title, summary, disciplines, levels, competences,
                new ThemeReference("campaign-" + schoolYear, schoolYear, themeId, themeTitle), credited.isEmpty() ? null : credited.get(0),
                credited, "http://localhost/productions/" + id, "CC BY-NC-SA 4.0",
                "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr", contentOf(kind), List.of());
    }

    /**
     * A scenario with everything its page shows: steps, resources, an image and a captioned video. The image is the
     * test resource the service under test serves at {@code base}/productions/assets/test/frise.png.
     */
    public static ProductionPublished fullScenario(String id, String title, String base) {
        ProductionContent.Scenario scenario = new ProductionContent.Scenario("3 séances de 55 minutes",
                "Savoir ouvrir un traitement de texte.",
                List.of(new ProductionContent.Step("Lire le conte", "La classe lit « Le Petit Poucet » à voix haute.", "20 minutes"),
                        new ProductionContent.Step("Réécrire", "Chaque groupe réécrit une étape du conte, puis la compare à celle d'une IA.", "55 minutes"),
                        new ProductionContent.Step("Réviser", "Les groupes révisent leur texte.", null)),
                List.of(new ProductionContent.DigitalResource("Éduc'Arcade", "https://example.org/arcade", false, null),
                        new ProductionContent.DigitalResource("Assistant d'écriture", "https://example.org/ia", true,
                                "Traitement inscrit au registre de l'académie de Lyon")),
                "Les élèves ont comparé leurs versions et justifié leurs choix.", "Le temps de connexion en début de séance.");
        List<PublishedAttachment> attachments = List.of(
                new PublishedAttachment("att-1", "frise.png", "image/png", 2_000, base + "/productions/assets/test/frise.png", "Frise des cinq étapes du conte, de la forêt au retour", null, null),
                new PublishedAttachment("att-2", "seance.mp4", "video/mp4", 1_000_000, "http://localhost/files/seance.mp4",
                        "Une séance filmée : les groupes lisent leur réécriture", "att-3", "Transcription : « Nous avons gardé les cailloux. »"),
                new PublishedAttachment("att-3", "seance.vtt", "text/vtt", 300, "http://localhost/files/seance.vtt", null, null, null),
                new PublishedAttachment("att-4", "fiche.pdf", "application/pdf", 52_000, "http://localhost/files/fiche.pdf", null, null, null));
        AcademyDetails lyon = Academy.byCode("10").orElseThrow().details();
        return new ProductionPublished(id, 1, ProductionType.SCENARIO, title,
                "Les élèves comparent leur réécriture à celle d'une IA, puis la révisent.", List.of("Lettres"), List.of("CINQUIEME", "QUATRIEME"),
                List.of("3.1", "1.1"), new ThemeReference("campaign-2027", "2027-2028", "ia-ecriture", "IA et écriture"), lyon, List.of(lyon),
                "http://localhost/productions/" + id, "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr",
                new ProductionContent(scenario, null, null, null, null), attachments);
    }

    public static ProductionWithdrawn withdrawn(ProductionPublished published, String reason) {
        return new ProductionWithdrawn(published.productionId(), published.type(), published.title(), published.theme(),
                published.academy(), published.academies(), published.url(), reason);
    }

    public static PendingEvent pending(fr.education.traam.contract.TraamEvent event, Instant at) {
        return PendingEvent.of(event, SOURCE, at);
    }

    private static ProductionContent contentOf(ProductionType kind) {
        return switch (kind) {
            case SCENARIO -> new ProductionContent(new ProductionContent.Scenario("2 séances", null,
                    List.of(new ProductionContent.Step("Découvrir", "Les élèves découvrent l'outil.", null)), List.of(), "Bien.", null),
                    null, null, null, null);
            case TRAINING_MODULE -> new ProductionContent(null, new ProductionContent.TrainingModule("Former à l'IA", "Enseignants du second degré",
                    "6 heures", ProductionContent.TrainingFormat.MAGISTERE, "https://magistere.education.fr/m/1"), null, null, null);
            case ACADEMIC_REPORT -> new ProductionContent(null, null, new ProductionContent.AcademicReport("Le projet", "Les objectifs",
                    "La mise en œuvre", "Les outils", "L'évaluation", "Les difficultés", "Pour les élèves", "Pour les enseignants",
                    "La suite"), null, null);
            case COMMUNICATION_SUPPORT -> new ProductionContent(null, null, null, new ProductionContent.CommunicationSupport(
                    ProductionContent.SupportForm.INFOGRAPHIC, "http://localhost/files/infographie.png", "L'infographie résume les trois étapes"),
                    null);
            case SYNTHESIS -> new ProductionContent(null, null, null, null, new ProductionContent.Synthesis(
                    List.of(new ProductionContent.Section("Ce que disent les scénarios", "Ils montrent l'intérêt de la comparaison."))));
        };
    }
}

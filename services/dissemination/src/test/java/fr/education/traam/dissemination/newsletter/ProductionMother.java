package fr.education.traam.dissemination.newsletter;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.contract.productions.ThemeReference;
import fr.education.traam.kit.outbox.PendingEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Productions published as the productions service will publish them, for the tests that play its part. */
public final class ProductionMother {

    public static final String SOURCE = "/traam/productions";

    private ProductionMother() {
    }

    public static ProductionPublished scenario(String campaignId, String themeId, String themeTitle, String title, List<String> disciplines) {
        return scenario(campaignId, themeId, themeTitle, title, disciplines, new AcademyDetails("10", "Lyon"));
    }

    public static ProductionPublished scenario(String campaignId, String themeId, String themeTitle, String title, List<String> disciplines,
                                               AcademyDetails academy) {
        String id = "production-" + UUID.randomUUID();
        ProductionContent.Scenario scenario = new ProductionContent.Scenario("3 séances de 55 minutes", null,
                List.of(new ProductionContent.Step("Réécrire", "Chaque groupe réécrit une étape du conte.", null)), List.of(),
                "Les élèves ont comparé leurs versions.", null);
        return new ProductionPublished(id, 1, ProductionType.SCENARIO, title,
                "Les élèves comparent leur réécriture à celle d'une IA, puis la révisent.", disciplines, List.of("CINQUIEME"),
                List.of("3.1"), new ThemeReference(campaignId, "2027-2028", themeId, themeTitle), academy, List.of(academy),
                "https://traam.education.fr/productions/" + id, "CC BY-NC-SA 4.0",
                "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr",
                new ProductionContent(scenario, null, null, null, null), List.of());
    }

    /** A training module of the national group, co-written by {@code coAuthors} (its {@code academy} is null). */
    public static ProductionPublished trainingModule(String campaignId, String themeId, String themeTitle, String title,
                                                     List<String> disciplines, List<AcademyDetails> coAuthors) {
        String id = "production-" + UUID.randomUUID();
        ProductionContent.TrainingModule module = new ProductionContent.TrainingModule("Concevoir une séquence avec une IA générative",
                "Professeurs de lettres du second degré", "6 heures", ProductionContent.TrainingFormat.MAGISTERE, null);
        return new ProductionPublished(id, 1, ProductionType.TRAINING_MODULE, title, "Un parcours m@gistère de six heures.",
                disciplines, List.of(), List.of("3.1"), new ThemeReference(campaignId, "2027-2028", themeId, themeTitle), null, coAuthors,
                "https://traam.education.fr/productions/" + id, "CC BY-NC-SA 4.0",
                "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr",
                new ProductionContent(null, module, null, null, null), List.of());
    }

    /** The theme's synthesis by the national group: no académie is credited. */
    public static ProductionPublished synthesis(String campaignId, String themeId, String themeTitle, String title, List<String> disciplines) {
        String id = "production-" + UUID.randomUUID();
        ProductionContent.Synthesis synthesis = new ProductionContent.Synthesis(List.of(new ProductionContent.Section("Constats",
                "Les académies ont observé que les élèves révisent davantage.")));
        return new ProductionPublished(id, 1, ProductionType.SYNTHESIS, title, "La synthèse du thème par ses experts.", disciplines,
                List.of(), List.of(), new ThemeReference(campaignId, "2027-2028", themeId, themeTitle), null, List.of(),
                "https://traam.education.fr/productions/" + id, "CC BY-NC-SA 4.0",
                "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr",
                new ProductionContent(null, null, null, null, synthesis), List.of());
    }

    /** The same production published again after a revision: a new event, one version up. */
    public static ProductionPublished republished(ProductionPublished published) {
        return new ProductionPublished(published.productionId(), published.version() + 1, published.type(), published.title(),
                published.summary() + " (révisé)", published.disciplines(), published.levels(), published.competences(), published.theme(),
                published.academy(), published.academies(), published.url(), published.licence(), published.licenceUrl(),
                published.content(), published.attachments());
    }

    /** The production's withdrawal, as the productions service publishes it. */
    public static ProductionWithdrawn withdrawn(ProductionPublished published, String reason) {
        return new ProductionWithdrawn(published.productionId(), published.type(), published.title(), published.theme(),
                published.academy(), published.academies(), published.url(), reason);
    }

    public static PendingEvent pending(ProductionWithdrawn withdrawn) {
        return PendingEvent.of(withdrawn, SOURCE, Instant.now());
    }

    public static PendingEvent pending(ProductionPublished published) {
        return PendingEvent.of(published, SOURCE, Instant.now());
    }
}

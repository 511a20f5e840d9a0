package fr.education.traam.dissemination.newsletter;

import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
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

    public static PendingEvent pending(ProductionPublished published) {
        return PendingEvent.of(published, SOURCE, Instant.now());
    }
}

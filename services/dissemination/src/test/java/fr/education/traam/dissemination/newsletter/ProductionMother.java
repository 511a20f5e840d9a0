package fr.education.traam.dissemination.newsletter;

import fr.education.traam.contract.candidatures.AcademyDetails;
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
        String id = "production-" + UUID.randomUUID();
        return new ProductionPublished(id, ProductionType.SCENARIO, title,
                "Les élèves comparent leur réécriture à celle d'une IA, puis la révisent.", disciplines,
                new ThemeReference(campaignId, themeId, themeTitle), new AcademyDetails("10", "Lyon"),
                "https://lettres.ac-lyon.fr/traam/" + id, "CC BY-NC-SA 4.0");
    }

    public static PendingEvent pending(ProductionPublished published) {
        return PendingEvent.of(published, SOURCE, Instant.now());
    }
}

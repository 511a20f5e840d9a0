package fr.education.traam.contract.productions;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;

import java.util.List;

/**
 * A production passed its checks and is public: the resource stays on the académie's site at {@code url},
 * under {@code licence} (e.g. {@code CC BY-NC-SA 4.0}). Carries what a newsletter, a catalogue or an
 * academic website shows of it, and no author's personal data.
 */
public record ProductionPublished(
        String productionId,
        ProductionType type,
        String title,
        String summary,
        List<String> disciplines,
        ThemeReference theme,
        AcademyDetails academy,
        String url,
        String licence) implements TraamEvent {

    @Override
    public String aggregateId() {
        return productionId;
    }
}

package fr.education.traam.contract.productions;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;

import java.util.List;

/**
 * A published production is no longer public: its page answers {@code 410 Gone} from now on. Consumers remove what
 * they still hold of it unsent (a newsletter item, a social draft) and websites take it down. {@code reason} is the
 * public reason given by whoever withdrew it.
 */
public record ProductionWithdrawn(
        String productionId,
        ProductionType type,
        String title,
        ThemeReference theme,
        AcademyDetails academy,
        List<AcademyDetails> academies,
        String url,
        String reason) implements TraamEvent {

    public ProductionWithdrawn {
        academies = List.copyOf(academies);
    }

    @Override
    public String aggregateId() {
        return productionId;
    }
}

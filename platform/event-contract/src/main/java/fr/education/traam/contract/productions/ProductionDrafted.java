package fr.education.traam.contract.productions;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;

/**
 * A working group started a production: it is a draft, seen by its group only, until it is reviewed and published.
 * No author: the group writes it, by id.
 *
 * @param version the draft's first version, {@code 1}
 * @param groupId the working group writing it
 * @param academy the académie of that group; {@code null} for the national group's (a training module, the synthesis)
 */
public record ProductionDrafted(
        String productionId,
        int version,
        ProductionType type,
        String title,
        ThemeReference theme,
        String groupId,
        AcademyDetails academy) implements TraamEvent {

    @Override
    public String aggregateId() {
        return productionId;
    }
}

package fr.education.traam.contract.productions;

import fr.education.traam.contract.TraamEvent;

/**
 * Version {@code version} of a production was approved at {@code stage}: at {@link ReviewStage#ACADEMIC} it goes on
 * to national validation, at {@link ReviewStage#NATIONAL} it is approved and ready for its publication checks (its
 * {@link ProductionPublished} follows once they pass). No reviewer named.
 */
public record ProductionApproved(String productionId, int version, ReviewStage stage) implements TraamEvent {

    @Override
    public String aggregateId() {
        return productionId;
    }
}

package fr.education.traam.contract.productions;

import fr.education.traam.contract.TraamEvent;

/** Version {@code version} of a production was submitted for review at {@code stage}. No author or reviewer named. */
public record ProductionSubmitted(String productionId, int version, ReviewStage stage) implements TraamEvent {

    @Override
    public String aggregateId() {
        return productionId;
    }
}

package fr.education.traam.contract.productions;

import fr.education.traam.contract.TraamEvent;

/**
 * The reviewer at {@code stage} asked for changes to version {@code version}: the production is back with its authors.
 * The reviewer's comment is not here: it may name people, so it stays in the productions service, for the group.
 */
public record ProductionChangesRequested(String productionId, int version, ReviewStage stage) implements TraamEvent {

    @Override
    public String aggregateId() {
        return productionId;
    }
}

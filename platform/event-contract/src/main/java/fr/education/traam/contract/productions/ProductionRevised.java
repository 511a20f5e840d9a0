package fr.education.traam.contract.productions;

import fr.education.traam.contract.TraamEvent;

/** The authors of a production saved a new version of it, {@code version}, under {@code title}. No author named. */
public record ProductionRevised(String productionId, int version, String title) implements TraamEvent {

    @Override
    public String aggregateId() {
        return productionId;
    }
}

package fr.education.traam.productions.production;

import fr.education.traam.kit.domain.Refused;

import java.util.UUID;

/** A production's id: random, since nothing outside the service names a production before it exists. */
public record ProductionId(String value) {

    public ProductionId {
        if (value == null || value.isBlank()) {
            throw Refused.invalid("productionId", "a production id is required");
        }
    }

    public static ProductionId random() {
        return new ProductionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

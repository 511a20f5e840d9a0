package fr.education.traam.productions.production.application;

import fr.education.traam.productions.production.Production;
import fr.education.traam.productions.production.UnmetCheck;

import java.util.List;

/**
 * A production as one caller may read it: what they may do with it now, and what still keeps it from publication.
 *
 * @param publicUrl its public page once published, else null
 */
public record ProductionReading(Production production, ProductionAccess access, List<UnmetCheck> unmet, String publicUrl) {

    public ProductionReading {
        unmet = List.copyOf(unmet);
    }
}

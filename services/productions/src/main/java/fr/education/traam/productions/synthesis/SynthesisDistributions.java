package fr.education.traam.productions.synthesis;

import java.util.Optional;

/** The distributions of the syntheses published here, one per publication event. */
public interface SynthesisDistributions {

    Optional<SynthesisDistribution> ofEvent(String eventId);

    /** The distribution of the production's latest published version. */
    Optional<SynthesisDistribution> latestOf(String productionId);

    /** Records it unless its event's distribution is recorded already (a redelivery): then the first one stays. */
    void recordOnce(SynthesisDistribution distribution);
}

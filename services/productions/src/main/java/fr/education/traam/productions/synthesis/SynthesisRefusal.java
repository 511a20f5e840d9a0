package fr.education.traam.productions.synthesis;

import fr.education.traam.kit.domain.Refusal;

/** Why the delivery log of a synthesis is not shown. */
public enum SynthesisRefusal implements Refusal {
    /** The production is no published synthesis, or its publication has not been distributed yet. */
    SYNTHESIS_NOT_DISTRIBUTED,
    /** Only the theme's DNE experts and operators read whom a synthesis went to. */
    NOT_A_DISTRIBUTION_READER
}

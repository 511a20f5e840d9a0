package fr.education.traam.contract.productions;

/** The two stages of a production's review, in order: the académie's, then the theme's national validation. */
public enum ReviewStage {
    /** The académie's piloting inspector reviews what its group wrote. */
    ACADEMIC,
    /** The theme's DNE expert validates it nationally: approved there, it is ready for its publication checks. */
    NATIONAL
}

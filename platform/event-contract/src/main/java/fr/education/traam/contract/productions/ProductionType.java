package fr.education.traam.contract.productions;

/** What a working group produces over its two years. */
public enum ProductionType {
    SCENARIO,
    TRAINING_MODULE,
    ACADEMIC_REPORT,
    COMMUNICATION_SUPPORT,
    SYNTHESIS
}

package fr.education.traam.contract.candidatures;

/** How a candidature reached the platform: the DAN's form, or a row of the académie's dedicated file. */
public enum CandidatureSource {
    FORM,
    DEDICATED_FILE
}

package fr.education.traam.candidatures.candidature;

/** Where a candidature stands: submitted (live, one per campaign, theme and académie) or withdrawn. */
public enum CandidatureStatus {
    SUBMITTED,
    WITHDRAWN
}

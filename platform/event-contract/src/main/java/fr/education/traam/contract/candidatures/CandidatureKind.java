package fr.education.traam.contract.candidatures;

/**
 * What an académie applies for: a first-year theme ({@code APPLICATION}), or a second-year theme, either
 * carrying on the work it did in year one ({@code CONTINUATION}) or joining it ({@code NEW_ENTRY}).
 */
public enum CandidatureKind {
    APPLICATION,
    CONTINUATION,
    NEW_ENTRY
}

package fr.education.traam.contract.candidatures;

/** What the national selection decided for an académie's candidature to a theme. */
public enum SelectionDecision {
    SELECTED,
    NOT_RETAINED
}

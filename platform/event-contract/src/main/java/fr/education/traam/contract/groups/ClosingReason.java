package fr.education.traam.contract.groups;

/** Why a group closed. */
public enum ClosingReason {
    /** An amendment of the national selection no longer retains the académie. */
    NOT_RETAINED,
    /** The theme's second-year selection did not retain the académie (it did not re-apply, or was not chosen). */
    NOT_CONTINUED
}

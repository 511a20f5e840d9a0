package fr.education.traam.contract.groups;

/** Whether a group meets every composition rule of its kind, or names the ones it does not. */
public enum GroupStatus {
    COMPLETE,
    INCOMPLETE
}

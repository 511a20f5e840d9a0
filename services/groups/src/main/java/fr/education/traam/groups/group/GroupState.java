package fr.education.traam.groups.group;

/** A group works while its académie is retained; closed, it is read-only and kept until its personal data are purged. */
public enum GroupState {
    ACTIVE,
    CLOSED
}

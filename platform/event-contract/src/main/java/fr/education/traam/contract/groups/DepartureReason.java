package fr.education.traam.contract.groups;

/** Why a member left: taken out by those responsible, or replaced by someone else in the same role. */
public enum DepartureReason {
    REMOVED,
    REPLACED
}

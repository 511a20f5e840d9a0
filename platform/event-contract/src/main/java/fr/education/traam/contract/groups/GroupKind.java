package fr.education.traam.contract.groups;

/** A theme's national group (its experts, the inspector general, a referent per académie) or an académie's group. */
public enum GroupKind {
    NATIONAL,
    ACADEMIC
}

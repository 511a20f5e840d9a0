package fr.education.traam.contract.groups;

/**
 * What a member does in a group. A national group has DNE experts, an inspector general and referents; an academic
 * group a piloting inspector, teachers, its referent (the same person as in the national group) and a CARDIE
 * representative.
 */
public enum MemberRole {
    DNE_EXPERT,
    INSPECTOR_GENERAL,
    REFERENT,
    PILOTING_INSPECTOR,
    TEACHER,
    CARDIE_REPRESENTATIVE
}

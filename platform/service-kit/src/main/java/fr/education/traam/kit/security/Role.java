package fr.education.traam.kit.security;

/** The roles a token's {@code roles} claim may carry; Spring Security sees each as {@code ROLE_<name>}. */
public enum Role {
    DNE_EXPERT,
    INSPECTOR_GENERAL,
    DAN,
    ACADEMIC_INSPECTOR,
    TEACHER,
    CARDIE,
    EDITOR,
    OPERATOR
}

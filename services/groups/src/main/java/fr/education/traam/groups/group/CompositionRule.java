package fr.education.traam.groups.group;

/**
 * The composition rules of the programme (the cahier des charges' "Groupes de travail"). A national group has one DNE
 * expert or a pair, one inspector general and the referent of every selected académie; an academic group is piloted
 * by one inspector of a corps that may pilot, has at least three teachers, one referent and one CARDIE representative.
 */
public enum CompositionRule {
    NO_DNE_EXPERT,
    TOO_MANY_DNE_EXPERTS,
    NO_INSPECTOR_GENERAL,
    TOO_MANY_INSPECTORS_GENERAL,
    REFERENT_MISSING,
    NO_PILOTING_INSPECTOR,
    TOO_MANY_PILOTING_INSPECTORS,
    CORPS_MAY_NOT_PILOT,
    TOO_FEW_TEACHERS,
    NO_REFERENT,
    TOO_MANY_REFERENTS,
    NO_CARDIE_REPRESENTATIVE,
    TOO_MANY_CARDIE_REPRESENTATIVES;

    /** A pair of experts at most leads a theme. */
    public static final int MAX_EXPERTS = 2;
    /** At least three teachers implement the sequences in class. */
    public static final int MIN_TEACHERS = 3;
}

package fr.education.traam.groups.work;

import fr.education.traam.kit.domain.Refusal;

/** Why the groups service refuses to read or change the work of a group. */
public enum WorkRefusal implements Refusal {
    /** The calendar and the progress reports belong to a theme's national group, and this group is academic. */
    NOT_A_NATIONAL_GROUP,
    /** The caller may not see this group's composition, nor so its calendar, reports or workspace. */
    WORK_NOT_VISIBLE,
    /** Only the referent of an académie in the national group reports its progress, and the caller is none. */
    NOT_A_REFERENT
}

package fr.education.traam.groups.group;

import fr.education.traam.kit.domain.Refusal;

/** Why the groups service refuses to read or change a group. */
public enum GroupRefusal implements Refusal {
    /** No group has this id. */
    GROUP_NOT_FOUND,
    /** The group closed (its académie is no longer retained, or did not continue): it is read-only. */
    GROUP_CLOSED,
    /** The caller is not responsible for this group: its académie's DAN or piloting inspector, or the theme's DNE experts. */
    NOT_RESPONSIBLE,
    /** No member of the group has this id. */
    MEMBER_NOT_FOUND,
    /** The person already sits in the group. */
    ALREADY_MEMBER,
    /** The role is not one of this kind of group (a teacher in a national group, an inspector general in an academic one). */
    ROLE_NOT_IN_GROUP,
    /** A national group's referent represents an académie its selection does not retain. */
    ACADEMY_NOT_SEATED
}

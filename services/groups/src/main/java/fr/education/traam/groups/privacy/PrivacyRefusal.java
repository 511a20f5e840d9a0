package fr.education.traam.groups.privacy;

import fr.education.traam.kit.domain.Refusal;

/** Why the groups service refuses to show or erase what it holds on a person. */
public enum PrivacyRefusal implements Refusal {
    /** No person has this member id, or this professional address. */
    PERSON_NOT_FOUND,
    /** The caller is neither an operator nor the DAN of an académie in whose academic group the person sits or sat. */
    NOT_ENTITLED
}

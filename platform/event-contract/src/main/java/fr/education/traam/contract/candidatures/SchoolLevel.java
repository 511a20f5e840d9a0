package fr.education.traam.contract.candidatures;

/** Where the classroom work happens: primary school (premier degré) or secondary (second degré). */
public enum SchoolLevel {
    PREMIER_DEGRE,
    SECOND_DEGRE
}

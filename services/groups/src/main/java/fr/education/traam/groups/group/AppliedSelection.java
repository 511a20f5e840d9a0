package fr.education.traam.groups.group;

/** The latest revision of a national selection a group has followed (0 its publication, n its n-th amendment). */
public record AppliedSelection(String selectionId, int revision) {
}

package fr.education.traam.contract.groups;

/** A collaboration space of a group as events show it: its kind and its https link. */
public record CollaborationSpaceLink(CollaborationSpaceKind kind, String link) {
}

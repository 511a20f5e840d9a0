package fr.education.traam.contract.groups;

/** The tools a working group collaborates in; the platform links to them, it does not replace them. */
public enum CollaborationSpaceKind {
    TRIBU,
    MAGISTERE,
    VIAEDUC,
    PAD,
    WIKI,
    OTHER
}

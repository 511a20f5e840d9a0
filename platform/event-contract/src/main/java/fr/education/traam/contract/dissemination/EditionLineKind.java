package fr.education.traam.contract.dissemination;

/** An ÉduNum edition line follows one discipline, or one theme of a campaign. */
public enum EditionLineKind {
    DISCIPLINE,
    THEME
}

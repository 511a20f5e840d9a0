package fr.education.traam.candidatures.selection;

/** A selection is drafted by the theme's experts, then published, after which only amendments change it. */
public enum SelectionStatus {
    DRAFT,
    PUBLISHED
}

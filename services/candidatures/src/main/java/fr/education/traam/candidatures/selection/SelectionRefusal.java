package fr.education.traam.candidatures.selection;

import fr.education.traam.kit.domain.Refusal;

/** What the national selection's rules refuse. */
public enum SelectionRefusal implements Refusal {
    /** Only the theme's DNE experts decide on its académies and see its selection before publication. */
    NOT_THEME_EXPERT,
    /** No decision is recorded for this académie. */
    NO_DECISION,
    /** The selection has not been published: nobody but the theme's experts reads it. */
    SELECTION_NOT_PUBLISHED,
    /** An amendment corrects a published selection only. */
    SELECTION_NOT_YET_PUBLISHED,
    /** A selected académie's candidature changed since it was decided on. */
    SELECTION_OUT_OF_DATE,
    /** Amendments are allowed until year one starts. */
    AMENDMENTS_CLOSED,
    /** The académie's outcome is already the one asked for. */
    NO_CHANGE,
    /** Decisions are taken while the campaign is in its national selection phase. */
    NOT_NATIONAL_SELECTION,
    /** The selection is published: its decisions are final, corrections are amendments. */
    SELECTION_PUBLISHED,
    /** The académie has no live candidature for the theme. */
    NO_LIVE_CANDIDATURE,
    /** A first-year theme retains at most its capacity. */
    CAPACITY_REACHED,
    /** A second-year theme keeps its places for the continuing académies. */
    PLACES_KEPT_FOR_CONTINUATIONS,
    /** A continuation comes from an académie selected for the continued first-year theme. */
    NOT_IN_YEAR_ONE,
    /** A second-year theme goes on only with enough continuing académies. */
    TOO_FEW_CONTINUATIONS
}

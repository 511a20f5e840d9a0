package fr.education.traam.productions.production;

/**
 * Where a production stands: written by its group ({@code DRAFT}), under review ({@code SUBMITTED}, at the stage its
 * {@code stage} says), sent back to its authors ({@code CHANGES_REQUESTED}), validated nationally ({@code APPROVED}),
 * public ({@code PUBLISHED}) and, at last, taken down ({@code WITHDRAWN}).
 */
public enum ProductionStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    PUBLISHED,
    WITHDRAWN;

    /** Whether its authors may still change what it says: a version is written only before review or when sent back. */
    public boolean writable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}

package fr.education.traam.candidatures.fileimport;

/**
 * Where an import stands. {@code RECEIVED → VALIDATING → APPLYING → ACCEPTED}, or {@code → REJECTED} from
 * validation when any row has a problem, in which case nothing changed. Once {@code APPLYING}, an import only
 * moves forward: the validated rows are stored and applying them again is harmless (see ADR 0010).
 */
public enum ImportStatus {
    RECEIVED,
    VALIDATING,
    APPLYING,
    ACCEPTED,
    REJECTED;

    /** Whether the import still has work to do, and so holds its académie's turn for the campaign. */
    public boolean running() {
        return this == RECEIVED || this == VALIDATING || this == APPLYING;
    }
}

package fr.education.traam.kit.deadletter;

import java.time.Instant;
import java.util.Objects;

/**
 * One hand-over of a dead letter to its consumer, on an operator's request, and what came of it.
 *
 * @param reason    why it failed again (the consumer's exception message), null when applied
 * @param exception the class of that exception, null when applied
 * @param by        the operator, as the token's subject names them
 */
public record Replay(Instant at, Outcome outcome, String reason, String exception, String by) {

    public enum Outcome {
        /** The consumer returned: the record is applied (or was already, consumers being idempotent). */
        APPLIED,
        /** The consumer threw again: the record is still dead. */
        FAILED
    }

    public Replay {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static Replay applied(Instant at, String by) {
        return new Replay(at, Outcome.APPLIED, null, null, by);
    }

    public static Replay failed(Instant at, String reason, String exception, String by) {
        return new Replay(at, Outcome.FAILED, reason, exception, by);
    }
}

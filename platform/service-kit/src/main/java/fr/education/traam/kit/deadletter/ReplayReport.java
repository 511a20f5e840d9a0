package fr.education.traam.kit.deadletter;

import java.util.List;

/**
 * What a replay did, record by record, in the order they were handed over.
 *
 * @param replayed  each dead letter handed over, with the outcome
 * @param remaining how many more dead letters the request chose but the limit left for another request
 */
public record ReplayReport(List<Replayed> replayed, int remaining) {

    public ReplayReport {
        replayed = List.copyOf(replayed);
    }

    public long applied() {
        return replayed.stream().filter(r -> r.replay().outcome() == Replay.Outcome.APPLIED).count();
    }

    public long failed() {
        return replayed.size() - applied();
    }

    /** One dead letter handed over, as it stood before, and how it went. */
    public record Replayed(DeadLetter deadLetter, Replay replay) {
    }
}

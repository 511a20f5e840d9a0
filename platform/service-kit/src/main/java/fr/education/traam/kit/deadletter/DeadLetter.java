package fr.education.traam.kit.deadletter;

import java.time.Instant;
import java.util.List;

/**
 * A record a consumer group gave up on, with the facts the binder kept about it and the replays since.
 *
 * @param id                 where it sits in the dead-letter topic
 * @param binding            the binding (and group) whose consumer failed
 * @param originalTopic      where it was first published; this and the two below are null when the binder wrote no
 *                           {@code x-original-*} header
 * @param originalPartition  its partition there
 * @param originalOffset     its offset there
 * @param publishedAt        the original record's timestamp
 * @param key                the record key (the aggregate id), null when it had none
 * @param eventId            the CloudEvent's {@code ce_id}, null for a record that is no CloudEvent
 * @param eventType          its {@code ce_type}
 * @param reason             why the consumer gave up ({@code x-exception-message})
 * @param exception          the class of the exception it gave up on ({@code x-exception-fqcn})
 * @param deadLetteredAt     when the binder wrote it to the dead-letter topic
 * @param replays            every replay, oldest first
 */
public record DeadLetter(DeadLetterId id, FollowedBinding binding, String originalTopic, Integer originalPartition,
                         Long originalOffset, Instant publishedAt, String key, String eventId, String eventType,
                         String reason, String exception, Instant deadLetteredAt, List<Replay> replays) {

    /** Where a dead letter stands after its replays. */
    public enum Status {
        /** Never replayed. */
        NOT_REPLAYED,
        /** Its latest replay applied it. */
        APPLIED,
        /** Its latest replay failed: still dead, with the new failure in its replays. */
        FAILED_AGAIN
    }

    public DeadLetter {
        replays = List.copyOf(replays);
    }

    public Status status() {
        if (replays.isEmpty()) {
            return Status.NOT_REPLAYED;
        }
        return replays.get(replays.size() - 1).outcome() == Replay.Outcome.APPLIED ? Status.APPLIED : Status.FAILED_AGAIN;
    }

    public DeadLetter withReplays(List<Replay> replays) {
        return new DeadLetter(id, binding, originalTopic, originalPartition, originalOffset, publishedAt, key, eventId,
                eventType, reason, exception, deadLetteredAt, replays);
    }
}

package fr.education.traam.kit.deadletter;

import java.util.Objects;

/**
 * Where a dead letter sits: its dead-letter topic, partition and offset. Unique and stable, so it is what an
 * operator names to replay one record.
 */
public record DeadLetterId(String topic, int partition, long offset) {

    public DeadLetterId {
        Objects.requireNonNull(topic, "topic");
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset are never negative: " + partition + ", " + offset);
        }
    }

    /** {@code error.traam.campaigns.candidatures/0/12}: the key of its replays. */
    public String key() {
        return topic + "/" + partition + "/" + offset;
    }

    @Override
    public String toString() {
        return key();
    }
}

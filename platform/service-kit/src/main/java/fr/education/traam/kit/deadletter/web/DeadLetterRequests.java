package fr.education.traam.kit.deadletter.web;

import fr.education.traam.kit.deadletter.DeadLetterId;
import fr.education.traam.kit.domain.Refused;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** What operators send: the query of a list, and the choice of a replay. */
final class DeadLetterRequests {

    private DeadLetterRequests() {
    }

    @Schema(name = "DeadLetterReplayRequest", description = "Either deadLetter (one dead letter, as the list's id names it), "
            + "or since (every dead letter since then that no replay has applied yet), optionally of one topic and at most limit.")
    record ReplayRequest(DeadLetterReference deadLetter,
                         @Schema(description = "ISO-8601 instant, e.g. 2026-11-24T08:00:00Z") Instant since,
                         @Schema(description = "The followed topic (traam.campaigns) or its dead-letter topic") String topic,
                         @Schema(description = "At most this many dead letters in this request (100 by default)") Integer limit) {

        boolean one() {
            if (deadLetter == null && since == null) {
                throw Refused.invalid("deadLetter", "choose one dead letter (deadLetter: its topic, partition and offset) "
                        + "or every one since a time (since)");
            }
            if (deadLetter != null && since != null) {
                throw Refused.invalid("since", "choose one dead letter or every one since a time, not both");
            }
            if (deadLetter != null && (topic != null || limit != null)) {
                throw Refused.invalid(topic != null ? "topic" : "limit", "topic and limit go with since, not with deadLetter");
            }
            return deadLetter != null;
        }
    }

    @Schema(name = "DeadLetterReference", description = "Where a dead letter sits: its dead-letter topic, partition and offset.")
    record DeadLetterReference(String topic, Integer partition, Long offset) {

        DeadLetterId id() {
            if (topic == null || topic.isBlank()) {
                throw Refused.invalid("deadLetter.topic", "name the dead-letter topic, e.g. error.traam.campaigns.candidatures");
            }
            if (partition == null || partition < 0) {
                throw Refused.invalid("deadLetter.partition", "give the partition, 0 or more");
            }
            if (offset == null || offset < 0) {
                throw Refused.invalid("deadLetter.offset", "give the offset, 0 or more");
            }
            return new DeadLetterId(topic, partition, offset);
        }

        static DeadLetterReference of(DeadLetterId id) {
            return new DeadLetterReference(id.topic(), id.partition(), id.offset());
        }
    }

    /** A query parameter's instant, refused with its name when it is not ISO-8601. */
    static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Refused.invalid(name, "not an ISO-8601 instant such as 2026-11-24T08:00:00Z: " + value);
        }
    }

    static Integer number(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw Refused.invalid(name, "not a whole number: " + value);
        }
    }
}

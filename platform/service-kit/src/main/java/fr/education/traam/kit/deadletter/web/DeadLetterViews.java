package fr.education.traam.kit.deadletter.web;

import fr.education.traam.kit.deadletter.DeadLetter;
import fr.education.traam.kit.deadletter.Replay;
import fr.education.traam.kit.deadletter.ReplayReport;
import fr.education.traam.kit.deadletter.web.DeadLetterRequests.DeadLetterReference;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What operators read: dead letters without their data (which may hold personal data), and replay reports. */
final class DeadLetterViews {

    private DeadLetterViews() {
    }

    @Schema(name = "DeadLetterView", description = "A record a consumer group gave up on; its id is what a replay names.")
    record DeadLetterView(DeadLetterReference id, String binding, String group, OriginalRecordView original, String key,
                          String eventId, String eventType,
                          @Schema(description = "Why the consumer gave up, as the binder wrote it (x-exception-message)") String reason,
                          @Schema(description = "The class of the exception it gave up on (x-exception-fqcn)") String exception,
                          Instant deadLetteredAt, DeadLetter.Status status, List<ReplayView> replays) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(DeadLetterReference.of(letter.id()), letter.binding().binding(), letter.binding().group(),
                    new OriginalRecordView(letter.originalTopic(), letter.originalPartition(), letter.originalOffset(), letter.publishedAt()),
                    letter.key(), letter.eventId(), letter.eventType(), letter.reason(), letter.exception(), letter.deadLetteredAt(),
                    letter.status(), letter.replays().stream().map(ReplayView::of).toList());
        }
    }

    @Schema(name = "DeadLetterOriginalRecord", description = "Where the record was first published.")
    record OriginalRecordView(String topic, Integer partition, Long offset, Instant publishedAt) {
    }

    @Schema(name = "DeadLetterReplay", description = "One replay: when, by whom, and whether the consumer applied it or failed again.")
    record ReplayView(Instant at, Replay.Outcome outcome, String reason, String exception, String by) {

        static ReplayView of(Replay replay) {
            return new ReplayView(replay.at(), replay.outcome(), replay.reason(), replay.exception(), replay.by());
        }
    }

    @Schema(name = "DeadLetterReplayReport", description = "Each dead letter handed over, in order, with its outcome; remaining "
            + "counts those chosen but left, by the limit, for another request.")
    record ReplayReportView(int replayed, long applied, long failed, int remaining, List<ReplayedView> records) {

        static ReplayReportView of(ReplayReport report) {
            return new ReplayReportView(report.replayed().size(), report.applied(), report.failed(), report.remaining(),
                    report.replayed().stream().map(ReplayedView::of).toList());
        }
    }

    @Schema(name = "DeadLetterReplayed")
    record ReplayedView(DeadLetterReference id, String eventId, String eventType, Replay.Outcome outcome, String reason,
                        String exception, Instant at) {

        static ReplayedView of(ReplayReport.Replayed replayed) {
            DeadLetter letter = replayed.deadLetter();
            Replay replay = replayed.replay();
            return new ReplayedView(DeadLetterReference.of(letter.id()), letter.eventId(), letter.eventType(), replay.outcome(),
                    replay.reason(), replay.exception(), replay.at());
        }
    }
}

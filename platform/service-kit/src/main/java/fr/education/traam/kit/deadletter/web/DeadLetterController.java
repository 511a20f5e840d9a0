package fr.education.traam.kit.deadletter.web;

import fr.education.traam.kit.deadletter.DeadLetterConfiguration;
import fr.education.traam.kit.deadletter.DeadLetterRefusal;
import fr.education.traam.kit.deadletter.DeadLetterTopics.DeadLetterTopicsUnavailable;
import fr.education.traam.kit.deadletter.ReplayReport;
import fr.education.traam.kit.deadletter.ReplayingDeadLetters;
import fr.education.traam.kit.deadletter.web.DeadLetterRequests.ReplayRequest;
import fr.education.traam.kit.deadletter.web.DeadLetterViews.DeadLetterView;
import fr.education.traam.kit.deadletter.web.DeadLetterViews.ReplayReportView;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Every service's dead letters, under its own path (the gateway routes {@code /api/<service>/**} to it): operators
 * list them and replay one, or every one since a time, to this service's consumers only (ADR 0014).
 */
@RestController
@RequestMapping("/api/${spring.application.name}/dead-letters")
@PreAuthorize("hasRole('OPERATOR')")
@Tag(name = "Dead letters", description = "Records this service's consumer groups gave up on after their retries, and their replay (OPERATOR)")
public class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final ReplayingDeadLetters deadLetters;

    public DeadLetterController(ReplayingDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "The dead letters of every consumer group of this service, the newest first (OPERATOR)",
            description = "Each names its dead-letter topic, partition and offset (its id, for a replay), the original record's "
                    + "topic, partition, offset and key, the event's id and type, the reason, when it was dead-lettered, and its "
                    + "replays. 400 naming topic, since or limit when one is not valid.",
            security = @SecurityRequirement(name = "bearer"))
    List<DeadLetterView> list(
            @Parameter(description = "Only this followed topic (traam.campaigns) or dead-letter topic") @RequestParam(required = false) String topic,
            @Parameter(description = "Only those dead-lettered at or after this ISO-8601 instant") @RequestParam(required = false) String since,
            @Parameter(description = "At most this many (100 by default)") @RequestParam(required = false) String limit) {
        return deadLetters.list(topic, DeadLetterRequests.instant("since", since), DeadLetterRequests.number("limit", limit))
                .stream().map(DeadLetterView::of).toList();
    }

    @PostMapping("/replay")
    @Operation(summary = "Hand one dead letter, or every one since a time, to this service's consumer again, and report each (OPERATOR)",
            description = "One named dead letter is always handed over; since a time, those no replay has applied yet, the oldest "
                    + "first, at most limit (remaining tells how many are left). One attempt each, while you wait; a record "
                    + "that fails again stays listed with the new failure. 404 dead-letter-not-found, 400 naming the field at fault.",
            security = @SecurityRequirement(name = "bearer"))
    ReplayReportView replay(@RequestBody ReplayRequest body, @Parameter(hidden = true) Caller caller) {
        ReplayReport report = body.one() ? deadLetters.replay(body.deadLetter().id(), caller.subject())
                : deadLetters.replaySince(body.since(), body.topic(), body.limit(), caller.subject());
        return ReplayReportView.of(report);
    }

    @ExceptionHandler(DeadLetterTopicsUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(DeadLetterTopicsUnavailable e) {
        log.warn("dead letters unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(DeadLetterConfiguration.problems().typeOf(DeadLetterRefusal.DEAD_LETTERS_UNAVAILABLE).orElseThrow(),
                        "The broker did not answer in time; try again shortly."));
    }
}

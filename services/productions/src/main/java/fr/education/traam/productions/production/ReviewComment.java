package fr.education.traam.productions.production;

import fr.education.traam.contract.productions.ReviewStage;

import java.time.Instant;

/**
 * A reviewer's verdict on a version, with what they wrote and who they are: their signature (member id, or the
 * leading expert's id: never an address or a token subject) and the role they reviewed in. Kept with the production; never in an event, since a comment may name people.
 */
public record ReviewComment(ReviewStage stage, Verdict verdict, int version, String by, String role, String text, Instant at) {

    public enum Verdict {
        APPROVED,
        CHANGES_REQUESTED
    }
}

package fr.education.traam.candidatures.selection;

import fr.education.traam.reference.Academy;
import fr.education.traam.contract.candidatures.SelectionDecision;

import java.time.Instant;

/** A correction of a published selection for one académie: kept for good, in order, as its audit trail. */
public record Amendment(
        Academy academy,
        SelectionDecision from,
        SelectionDecision to,
        String rationale,
        String amendedBy,
        Instant amendedAt) {
}

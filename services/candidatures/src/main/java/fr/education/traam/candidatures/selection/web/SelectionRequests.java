package fr.education.traam.candidatures.selection.web;

import fr.education.traam.contract.candidatures.SelectionDecision;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the national selection API, checked field by field before the domain sees them. */
final class SelectionRequests {

    private SelectionRequests() {
    }

    @Schema(name = "SelectionDecisionRequest", description = "The experts' draft decision for one académie, with its rationale.")
    record DecisionBody(
            @NotNull SelectionDecision decision,
            @Schema(description = "Why; published with the decision for a selected académie.")
            @NotBlank @Size(max = 2000) String rationale) {
    }

    @Schema(name = "SelectionAmendmentRequest", description = "A correction of a published selection for one académie.")
    record AmendmentBody(
            @Schema(description = "Ministry code of the académie, e.g. 10.", example = "10")
            @NotBlank @Pattern(regexp = "[0-9]{2}", message = "must be a ministry code such as 10") String academy,
            @NotNull SelectionDecision decision,
            @NotBlank @Size(max = 2000) String rationale) {
    }
}

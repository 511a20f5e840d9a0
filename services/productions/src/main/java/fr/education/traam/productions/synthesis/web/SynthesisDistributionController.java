package fr.education.traam.productions.synthesis.web;

import fr.education.traam.kit.security.Caller;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.synthesis.application.DistributingSyntheses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Syntheses", description = "Whom a published theme synthesis was sent to")
class SynthesisDistributionController {

    private final DistributingSyntheses distributing;

    SynthesisDistributionController(DistributingSyntheses distributing) {
        this.distributing = distributing;
    }

    @GetMapping("/api/productions/{id}/distribution")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The delivery log of a published synthesis (the theme's DNE experts, operators)",
            description = "Every member of the theme's working groups (by member id) and every institution "
                    + "(traam.productions.synthesis.institutions) with the status of their mail: SENT, PENDING, DEAD, "
                    + "NO_ADDRESS, PURGED. 404 synthesis-not-distributed for a production that is no published synthesis, "
                    + "403 not-a-distribution-reader for anyone else, 404 production-not-found, 410 production-withdrawn.",
            security = @SecurityRequirement(name = "bearer"))
    DistributionView distribution(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        return DistributionView.of(distributing.log(new ProductionId(id), caller));
    }
}

package fr.education.traam.candidatures.candidature.web;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.AcademyDelegate;
import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.CandidatureStatus;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.candidatures.candidature.Slot;
import fr.education.traam.candidatures.candidature.Source;
import fr.education.traam.candidatures.candidature.application.AcademyDelegates;
import fr.education.traam.candidatures.candidature.application.ConsultingCandidatures;
import fr.education.traam.candidatures.candidature.application.SubmittingCandidatures;
import fr.education.traam.candidatures.candidature.web.CandidatureRequests.ReviseCandidature;
import fr.education.traam.candidatures.candidature.web.CandidatureRequests.SubmitCandidature;
import fr.education.traam.candidatures.candidature.web.CandidatureViews.CandidatureView;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import fr.education.traam.reference.Academy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.List;

/**
 * Candidatures: a DAN submits, revises and withdraws their académie's while the call is open; DNE experts and
 * inspectors general read them all, a DAN their own; the public reads none.
 */
@RestController
@Validated
@RequestMapping("/api/candidatures")
@Tag(name = "Candidatures", description = "Académies' candidatures to the themes of a campaign")
class CandidatureController {

    private final SubmittingCandidatures submitting;
    private final ConsultingCandidatures consulting;

    CandidatureController(SubmittingCandidatures submitting, ConsultingCandidatures consulting) {
        this.submitting = submitting;
        this.consulting = consulting;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DAN', 'DNE_EXPERT', 'INSPECTOR_GENERAL')")
    @Operation(summary = "List candidatures (DNE_EXPERT, INSPECTOR_GENERAL: all; DAN: their académie's)",
            description = "A DAN asking for another académie gets 403.", security = @SecurityRequirement(name = "bearer"))
    List<CandidatureView> list(@RequestParam(required = false) String campaignId,
                               @RequestParam(required = false) String themeId,
                               @Parameter(description = "ministry code, e.g. 10") @RequestParam(required = false) String academy,
                               @RequestParam(required = false) CandidatureStatus status,
                               @Parameter(hidden = true) Caller caller) {
        Candidatures.Filter filter = new Candidatures.Filter(campaignId == null ? null : new CampaignId(campaignId),
                themeId == null ? null : new ThemeId(themeId), academy == null ? null : academy(academy, "academy"), status);
        return consulting.list(caller, filter).stream().map(CandidatureView::of).toList();
    }

    @GetMapping("/{id}")
    @ETagged
    @PreAuthorize("hasAnyRole('DAN', 'DNE_EXPERT', 'INSPECTOR_GENERAL')")
    @Operation(summary = "Read a candidature (DNE_EXPERT, INSPECTOR_GENERAL; DAN: their académie's)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CandidatureView> read(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        Candidature candidature = consulting.read(caller, new CandidatureId(id));
        return ResponseEntity.ok().eTag(ETags.of(candidature.version())).body(CandidatureView.of(candidature));
    }

    @PostMapping
    @PreAuthorize("hasRole('DAN')")
    @Operation(summary = "Submit a candidature of the caller's académie while the call is open (DAN)",
            description = "409 when the call is not open or the académie already has a live candidature for the theme.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CandidatureView> submit(@Valid @RequestBody SubmitCandidature body, @Parameter(hidden = true) Caller caller) {
        AcademyDelegate delegate = AcademyDelegates.of(caller);
        Academy academy = body.academy() == null ? delegate.academy() : academy(body.academy(), "academy");
        Slot slot = new Slot(new CampaignId(body.campaignId()), new ThemeId(body.themeId()), academy);
        Candidature candidature = submitting.submit(slot, delegate, body.proposal(), Source.FORM);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(candidature.id().value()).toUri();
        return ResponseEntity.created(location).eTag(ETags.of(candidature.version())).body(CandidatureView.of(candidature));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('DAN')")
    @Operation(summary = "Revise a live candidature of the caller's académie while the call is open (DAN)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CandidatureView> revise(@PathVariable String id, @Valid @RequestBody ReviseCandidature body, ExpectedVersion expected,
                                           @Parameter(hidden = true) Caller caller) {
        Candidature candidature = submitting.revise(new CandidatureId(id), expected, AcademyDelegates.of(caller), body.proposal(), Source.FORM);
        return ResponseEntity.ok().eTag(ETags.of(candidature.version())).body(CandidatureView.of(candidature));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('DAN')")
    @Operation(summary = "Withdraw a live candidature of the caller's académie while the call is open (DAN)",
            description = "The candidature stays readable as WITHDRAWN; the académie may submit again for the theme.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> withdraw(@PathVariable String id, ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        Candidature withdrawn = submitting.withdraw(new CandidatureId(id), expected, AcademyDelegates.of(caller));
        return ResponseEntity.noContent().eTag(ETags.of(withdrawn.version())).build();
    }

    private static Academy academy(String code, String field) {
        return Academy.byCode(code).orElseThrow(() -> Refused.invalid(field, "no académie has the ministry code " + code));
    }
}

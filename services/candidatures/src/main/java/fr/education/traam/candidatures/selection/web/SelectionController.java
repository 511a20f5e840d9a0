package fr.education.traam.candidatures.selection.web;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.selection.application.ConsultingSelections;
import fr.education.traam.candidatures.selection.NationalSelection;
import fr.education.traam.candidatures.selection.application.SelectingAcademies;
import fr.education.traam.candidatures.selection.application.SelectionSheet;
import fr.education.traam.candidatures.selection.web.SelectionRequests.AmendmentBody;
import fr.education.traam.candidatures.selection.web.SelectionRequests.DecisionBody;
import fr.education.traam.candidatures.selection.web.SelectionViews.PublishedSelectionView;
import fr.education.traam.candidatures.selection.web.SelectionViews.SheetView;
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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

import java.util.List;

/**
 * The national selection of each theme: its DNE experts decide, publish and amend it during the campaign's
 * national selection phase; anyone reads a published selection, which names académies and never people.
 */
@RestController
@Validated
@RequestMapping("/api/candidatures/selections")
@Tag(name = "National selection", description = "The DNE experts' choice of académies for each theme, and its public read")
class SelectionController {

    private final SelectingAcademies selecting;
    private final ConsultingSelections consulting;

    SelectionController(SelectingAcademies selecting, ConsultingSelections consulting) {
        this.selecting = selecting;
        this.consulting = consulting;
    }

    @GetMapping
    @Operation(summary = "List the published selections of a campaign, by theme (anyone)")
    List<PublishedSelectionView> publishedIn(@RequestParam String campaignId) {
        return consulting.publishedIn(new CampaignId(campaignId)).stream().map(PublishedSelectionView::of).toList();
    }

    @GetMapping("/{campaignId}/{themeId}")
    @ETagged
    @Operation(summary = "Read the published selection of a theme (anyone)",
            description = "404 selection-not-published until its experts publish it.")
    ResponseEntity<PublishedSelectionView> published(@PathVariable String campaignId, @PathVariable String themeId) {
        NationalSelection selection = consulting.published(new CampaignId(campaignId), new ThemeId(themeId));
        return ResponseEntity.ok().eTag(ETags.of(selection.version())).body(PublishedSelectionView.of(selection));
    }

    @GetMapping("/{campaignId}/{themeId}/decisions")
    @ETagged(notModified = false)
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "The theme's selection as it stands, with every applicant (the theme's DNE experts)",
            description = "Another theme's expert gets 403 not-theme-expert. The ETag is the selection's version (\"-1\" before "
                    + "its first decision), to send in If-Match with a decision; the applicants come from the candidatures, so "
                    + "the sheet is never answered 304.", security = @SecurityRequirement(name = "bearer"))
    SheetView sheet(@PathVariable String campaignId, @PathVariable String themeId, @Parameter(hidden = true) Caller caller,
                    HttpServletResponse response) {
        SelectionSheet sheet = selecting.sheet(new CampaignId(campaignId), new ThemeId(themeId), caller.subject());
        response.setHeader(HttpHeaders.ETAG, ETags.of(sheet.selection().version()));
        return SheetView.of(sheet);
    }

    @PutMapping("/{campaignId}/{themeId}/decisions/{academy}")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Record the draft decision for an académie, with its rationale (the theme's DNE experts)",
            description = "During the national selection phase (409 not-national-selection), before publication (409 "
                    + "selection-published), for an académie with a live candidature (409 no-live-candidature). Selecting "
                    + "beyond the theme's capacity is 409 capacity-reached; in a second year a new entry may not take the "
                    + "places kept for continuations (409 places-kept-for-continuations), and a continuation must have been "
                    + "selected for the first-year theme when its selection is known here (422 not-in-year-one).",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<SheetView> decide(@PathVariable String campaignId, @PathVariable String themeId,
                                     @Parameter(description = "ministry code, e.g. 10") @PathVariable String academy,
                                     @Valid @RequestBody DecisionBody body, ExpectedVersion expected,
                                     @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, selecting.decide(new CampaignId(campaignId), new ThemeId(themeId), expected, caller.subject(),
                academy(academy), body.decision(), body.rationale()));
    }

    @DeleteMapping("/{campaignId}/{themeId}/decisions/{academy}")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Take back the draft decision for an académie (the theme's DNE experts)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<SheetView> retract(@PathVariable String campaignId, @PathVariable String themeId, @PathVariable String academy,
                                      ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, selecting.retract(new CampaignId(campaignId), new ThemeId(themeId), expected, caller.subject(),
                academy(academy)));
    }

    @PostMapping("/{campaignId}/{themeId}/publication")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Publish the theme's selection: decisions become final (the theme's DNE experts)",
            description = "Applicants without a decision are not retained. Publishes AcademySelected, AcademyNotRetained "
                    + "and NationalSelectionPublished on traam.candidatures, and the selected teams (SelectedTeamsTransmitted) "
                    + "on the restricted traam.candidatures.teams. A second-year theme needs at least 3 "
                    + "continuations (422 too-few-continuations).", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<SheetView> publish(@PathVariable String campaignId, @PathVariable String themeId, ExpectedVersion expected,
                                      @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, selecting.publish(new CampaignId(campaignId), new ThemeId(themeId), expected, caller.subject()));
    }

    @PostMapping("/{campaignId}/{themeId}/amendments")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Amend a published selection for one académie (the theme's DNE experts)",
            description = "Until year one starts (409 amendments-closed); kept for good and published as SelectionAmended "
                    + "and NationalSelectionAmended on traam.candidatures, with the teams now selected (SelectedTeamsTransmitted) "
                    + "on the restricted traam.candidatures.teams.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<SheetView> amend(@PathVariable String campaignId, @PathVariable String themeId,
                                    @Valid @RequestBody AmendmentBody body, ExpectedVersion expected,
                                    @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.CREATED, selecting.amend(new CampaignId(campaignId), new ThemeId(themeId), expected,
                caller.subject(), academy(body.academy()), body.decision(), body.rationale()));
    }

    private static ResponseEntity<SheetView> versioned(HttpStatus status, SelectionSheet sheet) {
        return ResponseEntity.status(status).eTag(ETags.of(sheet.selection().version())).body(SheetView.of(sheet));
    }

    private static Academy academy(String code) {
        return Academy.byCode(code).orElseThrow(() -> Refused.invalid("academy", "no académie has the ministry code " + code));
    }
}

package fr.education.traam.campaigns.campaign.web;

import fr.education.traam.campaigns.campaign.Campaign;
import fr.education.traam.campaigns.campaign.CampaignId;
import fr.education.traam.campaigns.campaign.CampaignRefusal;
import fr.education.traam.campaigns.campaign.SchoolYear;
import fr.education.traam.campaigns.campaign.ThemeId;
import fr.education.traam.campaigns.campaign.application.AdvancingPhases;
import fr.education.traam.campaigns.campaign.application.ConsultingCampaigns;
import fr.education.traam.campaigns.campaign.application.DraftingCampaigns;
import fr.education.traam.campaigns.campaign.web.CampaignRequests.CalendarBody;
import fr.education.traam.campaigns.campaign.web.CampaignRequests.DraftCampaign;
import fr.education.traam.campaigns.campaign.web.CampaignRequests.PhaseTransition;
import fr.education.traam.campaigns.campaign.web.CampaignRequests.ThemeBody;
import fr.education.traam.campaigns.campaign.web.CampaignViews.CampaignPage;
import fr.education.traam.campaigns.campaign.web.CampaignViews.CampaignView;
import fr.education.traam.campaigns.campaign.web.CampaignViews.ThemeView;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import fr.education.traam.reference.Discipline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.Arrays;
import java.util.List;

/**
 * Campaigns and their themes: anyone reads them; DNE experts write; inspectors general may revise themes. A campaign,
 * its themes and each theme carry the campaign's version as {@code ETag}; every change takes it in {@code If-Match}
 * (optional) and answers the new one. The page of campaigns carries none: it mixes many versions.
 */
@RestController
@Validated
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns", description = "Yearly calls for applications, their themes and calendar")
class CampaignController {

    private final ConsultingCampaigns consulting;
    private final DraftingCampaigns drafting;
    private final AdvancingPhases advancing;

    CampaignController(ConsultingCampaigns consulting, DraftingCampaigns drafting, AdvancingPhases advancing) {
        this.consulting = consulting;
        this.drafting = drafting;
        this.advancing = advancing;
    }

    @GetMapping
    @Operation(summary = "List campaigns, the most recent school year first (public)")
    CampaignPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return CampaignPage.of(consulting.page(page, size));
    }

    @GetMapping("/disciplines")
    @Operation(summary = "The disciplines a theme, a candidature or a production may name, with their aliases (public)")
    List<CampaignViews.DisciplineView> disciplines() {
        return Arrays.stream(Discipline.values()).map(CampaignViews.DisciplineView::of).toList();
    }

    @GetMapping("/{id}")
    @ETagged
    @Operation(summary = "Read a campaign with its calendar and themes (public)")
    ResponseEntity<CampaignView> read(@PathVariable String id) {
        Campaign campaign = find(id);
        return versioned(ResponseEntity.ok(), campaign).body(CampaignView.of(campaign));
    }

    @GetMapping("/{id}/themes")
    @ETagged
    @Operation(summary = "List the themes of a campaign (public)", description = "The ETag is the campaign's.")
    ResponseEntity<List<ThemeView>> themes(@PathVariable String id) {
        Campaign campaign = find(id);
        return versioned(ResponseEntity.ok(), campaign).body(campaign.themes().stream().map(ThemeView::of).toList());
    }

    @GetMapping("/{id}/themes/{themeId}")
    @ETagged
    @Operation(summary = "Read one theme (public)", description = "The ETag is the campaign's: send it in If-Match to revise the theme.")
    ResponseEntity<ThemeView> theme(@PathVariable String id, @PathVariable String themeId) {
        Campaign campaign = find(id);
        ThemeView theme = campaign.theme(new ThemeId(themeId)).map(ThemeView::of).orElseThrow(() ->
                new Refused(CampaignRefusal.THEME_NOT_FOUND, "campaign " + id + " has no theme " + themeId));
        return versioned(ResponseEntity.ok(), campaign).body(theme);
    }

    @PostMapping
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Draft a campaign, themes inline or later (DNE_EXPERT)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CampaignView> draft(@Valid @RequestBody DraftCampaign body, @Parameter(hidden = true) Caller caller) {
        Campaign campaign = drafting.draft(SchoolYear.parse(body.schoolYear()), body.title(), body.calendar().toCalendar(),
                body.themeList(), caller.subject());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(campaign.id().value()).toUri();
        return versioned(ResponseEntity.created(location), campaign).body(CampaignView.of(campaign));
    }

    @PostMapping("/{id}/themes")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Add a theme to a draft campaign (DNE_EXPERT)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<ThemeView> addTheme(@PathVariable String id, @Valid @RequestBody ThemeBody body, ExpectedVersion expected,
                                       @Parameter(hidden = true) Caller caller) {
        var theme = body.toTheme();
        Campaign campaign = drafting.addTheme(new CampaignId(id), expected, theme, caller.subject());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{themeId}").buildAndExpand(theme.id().value()).toUri();
        return versioned(ResponseEntity.created(location), campaign).body(ThemeView.of(theme));
    }

    @PutMapping("/{id}/themes/{themeId}")
    @PreAuthorize("hasAnyRole('DNE_EXPERT', 'INSPECTOR_GENERAL')")
    @Operation(summary = "Revise a theme until the call closes (DNE_EXPERT, INSPECTOR_GENERAL)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<ThemeView> reviseTheme(@PathVariable String id, @PathVariable String themeId, @Valid @RequestBody ThemeBody body,
                                          ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        var theme = body.toTheme(new ThemeId(themeId));
        Campaign campaign = drafting.reviseTheme(new CampaignId(id), expected, theme, caller.subject());
        return versioned(ResponseEntity.ok(), campaign).body(ThemeView.of(theme));
    }

    @DeleteMapping("/{id}/themes/{themeId}")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Withdraw a theme from a draft campaign (DNE_EXPERT)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> withdrawTheme(@PathVariable String id, @PathVariable String themeId, ExpectedVersion expected,
                                       @Parameter(hidden = true) Caller caller) {
        Campaign campaign = drafting.withdrawTheme(new CampaignId(id), expected, new ThemeId(themeId), caller.subject());
        return ResponseEntity.noContent().eTag(ETags.of(campaign.version())).build();
    }

    @PutMapping("/{id}/calendar")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Move the dates of phases not yet reached (DNE_EXPERT)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CampaignView> reschedule(@PathVariable String id, @Valid @RequestBody CalendarBody body, ExpectedVersion expected,
                                            @Parameter(hidden = true) Caller caller) {
        Campaign campaign = drafting.reschedule(new CampaignId(id), expected, body.toCalendar(), caller.subject());
        return versioned(ResponseEntity.ok(), campaign).body(CampaignView.of(campaign));
    }

    @PostMapping("/{id}/phase-transitions")
    @PreAuthorize("hasRole('DNE_EXPERT')")
    @Operation(summary = "Move the campaign to its next phase ahead of its calendar, e.g. open the call (DNE_EXPERT)",
            description = "Only the next phase is accepted; any other answers 409.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CampaignView> advance(@PathVariable String id, @Valid @RequestBody PhaseTransition body, ExpectedVersion expected,
                                         @Parameter(hidden = true) Caller caller) {
        Campaign campaign = advancing.advance(new CampaignId(id), expected, body.to(), caller.subject());
        return versioned(ResponseEntity.ok(), campaign).body(CampaignView.of(campaign));
    }

    private Campaign find(String id) {
        return consulting.campaign(new CampaignId(id));
    }

    private static ResponseEntity.BodyBuilder versioned(ResponseEntity.BodyBuilder response, Campaign campaign) {
        return response.eTag(ETags.of(campaign.version()));
    }
}

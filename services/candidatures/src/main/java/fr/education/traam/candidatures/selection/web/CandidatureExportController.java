package fr.education.traam.candidatures.selection.web;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.candidatures.selection.application.ExportingCandidatures;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** {@code GET /api/candidatures/exports}: a campaign's candidatures and decisions as a CSV or XLSX download. */
@RestController
class CandidatureExportController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExportingCandidatures exporting;

    CandidatureExportController(ExportingCandidatures exporting) {
        this.exporting = exporting;
    }

    @GetMapping("/api/candidatures/exports")
    @PreAuthorize("hasAnyRole('DNE_EXPERT', 'INSPECTOR_GENERAL')")
    @Operation(summary = "Export a campaign's candidatures with their decisions, as CSV or XLSX (DNE_EXPERT, INSPECTOR_GENERAL)",
            description = "One row per candidature: académie, theme, projects, team size, state, decision and rationale, "
                    + "published or not. A draft decision appears for the theme's own experts only.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<byte[]> export(@RequestParam String campaignId,
                                  @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format,
                                  @Parameter(hidden = true) Caller caller) {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!wanted.equals("csv") && !wanted.equals("xlsx")) {
            throw Refused.invalid("format", "the export comes as csv or xlsx, not " + format);
        }
        List<ExportingCandidatures.Row> rows = exporting.rows(caller, new CampaignId(campaignId));
        String name = "traam-candidatures-" + campaignId + "." + wanted;
        return ResponseEntity.ok().contentType(wanted.equals("csv") ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(wanted.equals("csv") ? CandidatureExport.csv(rows) : CandidatureExport.xlsx(rows));
    }
}

package fr.education.traam.candidatures.fileimport.web;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.candidatures.fileimport.DedicatedFileImport;
import fr.education.traam.candidatures.fileimport.ImportId;
import fr.education.traam.candidatures.fileimport.SpreadsheetFormat;
import fr.education.traam.candidatures.fileimport.application.ImportingDedicatedFiles;
import fr.education.traam.candidatures.fileimport.spreadsheet.DedicatedFileTemplate;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * The académie's dedicated file: its DAN uploads it as CSV or XLSX, then follows the import until it is accepted
 * whole or rejected with its report; anyone downloads the template.
 */
@RestController
@RequestMapping("/api/candidatures/imports")
@Tag(name = "Dedicated file", description = "The projects selected in an académie, uploaded by its DAN as one file")
class DedicatedFileController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ImportingDedicatedFiles importing;
    private final DedicatedFileTemplate template;

    DedicatedFileController(ImportingDedicatedFiles importing, DedicatedFileTemplate template) {
        this.importing = importing;
        this.template = template;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('DAN')")
    @Operation(summary = "Upload the académie's dedicated file for a campaign (DAN)", security = @SecurityRequirement(name = "bearer"),
            description = "202 with Location: the import is validated, then applied whole, in the background. Refused at once: "
                    + "413 too large, 415 neither CSV nor XLSX, 422 unreadable (encoding, header, formulas, oversized cells, "
                    + "too many rows) with a report, 409 call not open or an import already running.")
    ResponseEntity<ImportView> upload(@RequestParam String campaignId, @RequestPart("file") MultipartFile file,
                                      @Parameter(hidden = true) Caller caller) throws IOException {
        DedicatedFileImport received = importing.receive(new CampaignId(campaignId), caller, file.getOriginalFilename(),
                file.getInputStream());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(received.id().value()).toUri();
        return ResponseEntity.accepted().location(location).eTag(ETags.of(received.version())).body(ImportView.of(received));
    }

    @GetMapping("/{id}")
    @ETagged
    @PreAuthorize("hasAnyRole('DAN', 'DNE_EXPERT')")
    @Operation(summary = "Follow an import: status, progress, counts and report (its académie's DAN, DNE experts)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<ImportView> read(@PathVariable String id, @Parameter(hidden = true) Caller caller) {
        DedicatedFileImport followed = importing.read(caller, new ImportId(id));
        return ResponseEntity.ok().eTag(ETags.of(followed.version())).body(ImportView.of(followed));
    }

    @GetMapping("/template")
    @Operation(summary = "Download the dedicated file's template, with the header and one example row (public)")
    ResponseEntity<byte[]> template(@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "xlsx") String format) {
        SpreadsheetFormat wanted = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> SpreadsheetFormat.CSV;
            case "xlsx" -> SpreadsheetFormat.XLSX;
            default -> throw Refused.invalid("format", "the template comes as csv or xlsx, not " + format);
        };
        return template(wanted);
    }

    private ResponseEntity<byte[]> template(SpreadsheetFormat format) {
        String name = "traam-fichier-dedie." + format.name().toLowerCase(Locale.ROOT);
        return ResponseEntity.ok()
                .contentType(format == SpreadsheetFormat.CSV ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(template.write(format));
    }
}

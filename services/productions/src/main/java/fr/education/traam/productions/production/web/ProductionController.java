package fr.education.traam.productions.production.web;

import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import fr.education.traam.productions.attachment.AttachmentId;
import fr.education.traam.productions.attachment.OpenedAttachment;
import fr.education.traam.productions.attachment.StoredAttachment;
import fr.education.traam.productions.attachment.application.StoringAttachments;
import fr.education.traam.productions.attachment.web.AttachmentResponses;
import fr.education.traam.productions.production.AttachedFile;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.production.ProductionRefusal;
import fr.education.traam.productions.production.application.ConsultingProductions;
import fr.education.traam.productions.production.application.ProductionReading;
import fr.education.traam.productions.production.application.ReviewingProductions;
import fr.education.traam.productions.production.application.WritingProductions;
import fr.education.traam.productions.production.web.ProductionRequests.ChecksBody;
import fr.education.traam.productions.production.web.ProductionRequests.DescriptionBody;
import fr.education.traam.productions.production.web.ProductionRequests.NewProductionBody;
import fr.education.traam.productions.production.web.ProductionRequests.ReviewBody;
import fr.education.traam.productions.production.web.ProductionRequests.WithdrawalBody;
import fr.education.traam.productions.production.web.ProductionRequests.WritingBody;
import fr.education.traam.productions.production.web.ProductionViews.ProductionView;
import fr.education.traam.productions.production.web.ProductionViews.VersionContentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

@RestController
@Tag(name = "Productions", description = "Writing, review, publication checks, attachments, publication and withdrawal")
class ProductionController {

    private static final String BEARER = "bearer";

    private final ConsultingProductions consulting;
    private final WritingProductions writing;
    private final ReviewingProductions reviewing;
    private final StoringAttachments attachments;

    ProductionController(ConsultingProductions consulting, WritingProductions writing, ReviewingProductions reviewing,
                         StoringAttachments attachments) {
        this.consulting = consulting;
        this.writing = writing;
        this.reviewing = reviewing;
        this.attachments = attachments;
    }

    @PostMapping(value = "/api/productions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Start a production in a group (a member of the group; the theme's DNE experts for its synthesis)",
            description = "An académie's group writes SCENARIO, ACADEMIC_REPORT, COMMUNICATION_SUPPORT; the national group "
                    + "TRAINING_MODULE (naming its co-authoring académies in coAuthors), SYNTHESIS and COMMUNICATION_SUPPORT. "
                    + "`content` holds exactly the member of its kind. A draft may be incomplete. 422 group-not-found, "
                    + "409 group-closed, 422 kind-not-of-group, 403 not-an-author, 400 invalid-value naming the field.",
            security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> draft(@Valid @RequestBody NewProductionBody body, @Parameter(hidden = true) Caller caller) {
        ProductionReading reading = writing.draft(caller, body.toNewProduction());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                        .buildAndExpand(reading.production().id().value()).toUri())
                .eTag(ETags.of(reading.production().version())).body(ProductionView.of(reading));
    }

    @GetMapping("/api/productions")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The productions of the caller's groups, or of a theme (its reviewers and groups see theirs)",
            security = @SecurityRequirement(name = BEARER))
    List<ProductionView> list(@RequestParam(required = false) String campaignId, @RequestParam(required = false) String themeId,
                              @Parameter(hidden = true) Caller caller) {
        if ((campaignId == null) != (themeId == null)) {
            throw Refused.invalid(campaignId == null ? "campaignId" : "themeId", "a theme is named by campaignId and themeId together");
        }
        return consulting.visible(caller, campaignId, themeId).stream().map(ProductionView::of).toList();
    }

    @GetMapping("/api/productions/{id}")
    @ETagged
    @Operation(summary = "A production (anyone once published, with its publicUrl; before, its authors, reviewers and académie)",
            description = "404 production-not-found also for a production the caller may not see yet; 410 production-withdrawn "
                    + "with its reason once withdrawn. The ETag is the production's version, for If-Match on every change.")
    ResponseEntity<ProductionView> production(@PathVariable String id, Authentication authentication) {
        return versioned(HttpStatus.OK, consulting.production(new ProductionId(id), callerOf(authentication)));
    }

    @GetMapping("/api/productions/{id}/versions/{number}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One version of a production, whole, as it was saved (its readers)", security = @SecurityRequirement(name = BEARER))
    VersionContentView version(@PathVariable String id, @PathVariable int number, @Parameter(hidden = true) Caller caller) {
        ProductionReading reading = consulting.production(new ProductionId(id), caller);
        if (!reading.access().followsItsWork()) {
            throw new Refused(ProductionRefusal.VERSION_NOT_FOUND, "the versions of production " + id
                    + " are for its authors and reviewers; its published version is GET /api/productions/" + id);
        }
        return reading.production().version(number).map(VersionContentView::of).orElseThrow(() ->
                new Refused(ProductionRefusal.VERSION_NOT_FOUND, "production " + id + " has no version " + number));
    }

    @PutMapping(value = "/api/productions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Save a new version (its authors, as a draft or when sent back for changes)",
            description = "409 status-forbids while it is under review or after. Every version is kept.",
            security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> revise(@PathVariable String id, @RequestBody WritingBody body, ExpectedVersion expected,
                                          @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, writing.revise(new ProductionId(id), expected, caller, body.toWriting()));
    }

    @PutMapping(value = "/api/productions/{id}/publication-checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Answer the publication checks, whole (its authors, until publication)",
            description = "licence: an SPDX id of the documented list; accessibility: each item's code → YES, NO or "
                    + "NOT_APPLICABLE; resources: by url, whether terms of use and legal notices were checked; noPupilNamed: "
                    + "the declaration, on the current version. The answer lists what is still unmet.",
            security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> answer(@PathVariable String id, @RequestBody ChecksBody body, ExpectedVersion expected,
                                          @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, writing.answer(new ProductionId(id), expected, caller, body.toAnswer()));
    }

    @PostMapping("/api/productions/{id}/submission")
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Submit the current version for review (its authors)",
            description = "An académie's production goes to its piloting inspector, the national group's to the theme's DNE "
                    + "expert; sent back, it returns to the stage that asked. 422 submission-incomplete lists the fields missing.",
            security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> submit(@PathVariable String id, ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, writing.submit(new ProductionId(id), expected, caller));
    }

    @PostMapping(value = "/api/productions/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Give the verdict of the stage it waits at (the académie's piloting inspector, then a DNE expert of the theme)",
            description = "APPROVED at the academic stage sends it to national validation, nationally makes it APPROVED; "
                    + "CHANGES_REQUESTED (with a comment) sends it back. 403 not-the-reviewer, 403 own-submission.",
            security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> review(@PathVariable String id, @Valid @RequestBody ReviewBody body, ExpectedVersion expected,
                                          @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, reviewing.review(new ProductionId(id), expected, caller, body.verdict(), body.comment()));
    }

    @PostMapping("/api/productions/{id}/publication")
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Publish an approved production (a DNE expert of the theme)",
            description = "422 publication-checks-unmet lists every unmet check in `unmet` (check, field, message).",
            security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> publish(@PathVariable String id, ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, reviewing.publish(new ProductionId(id), expected, caller));
    }

    @PostMapping(value = "/api/productions/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Withdraw a published production, for a public reason (a DNE expert of the theme, or the académie's piloting inspector)",
            description = "Its page and its JSON answer 410 from now on.", security = @SecurityRequirement(name = BEARER))
    ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody WithdrawalBody body, ExpectedVersion expected,
                                  @Parameter(hidden = true) Caller caller) {
        reviewing.withdraw(new ProductionId(id), expected, caller, body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/productions/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Attach a file (its authors, as a draft or when sent back); its type is sniffed, its metadata stripped",
            description = "413 attachment-too-large beyond traam.productions.attachments.max-size (content-too-large beyond the "
                    + "multipart limits); 415 attachment-type-not-accepted for a type not accepted, or an office document with macros.",
            security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> attach(@PathVariable String id, @RequestPart("file") MultipartFile file, ExpectedVersion expected,
                                          @Parameter(hidden = true) Caller caller) throws IOException {
        ProductionId productionId = new ProductionId(id);
        writing.writable(productionId, caller);
        StoredAttachment stored;
        try (InputStream content = file.getInputStream()) {
            stored = attachments.store(id, file.getOriginalFilename(), content);
        }
        try {
            AttachedFile attached = new AttachedFile(stored.id().value(), stored.fileName(), stored.contentType(), stored.size(),
                    stored.sha256(), true, null, null, null, stored.storedAt());
            return versioned(HttpStatus.CREATED, writing.attach(productionId, expected, caller, attached));
        } catch (RuntimeException refused) {
            attachments.delete(id, stored.id());
            throw refused;
        }
    }

    @PutMapping(value = "/api/productions/{id}/attachments/{attachmentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Describe an attachment: text alternative, captions (a WebVTT attachment's id), transcript (its authors, until publication)",
            security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> describe(@PathVariable String id, @PathVariable String attachmentId,
                                            @RequestBody DescriptionBody body, ExpectedVersion expected,
                                            @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, writing.describe(new ProductionId(id), attachmentId, expected, caller,
                body.textAlternative(), body.captionsId(), body.transcript()));
    }

    @DeleteMapping("/api/productions/{id}/attachments/{attachmentId}")
    @PreAuthorize("isAuthenticated()")
    @ETagged
    @Operation(summary = "Remove an attachment (its authors, as a draft or when sent back)", security = @SecurityRequirement(name = BEARER))
    ResponseEntity<ProductionView> detach(@PathVariable String id, @PathVariable String attachmentId, ExpectedVersion expected,
                                          @Parameter(hidden = true) Caller caller) {
        ProductionReading reading = writing.detach(new ProductionId(id), attachmentId, expected, caller);
        attachments.delete(id, new AttachmentId(attachmentId));
        return versioned(HttpStatus.OK, reading);
    }

    @GetMapping({"/api/productions/{id}/attachments/{attachmentId}", "/productions/{id}/attachments/{attachmentId}"})
    @Operation(summary = "An attachment's bytes (anyone once its production is published; before, its readers)",
            description = "Served with its sniffed type, nosniff, a sandboxing CSP, its SHA-256 as a strong ETag and byte ranges; "
                    + "416 attachment-range-not-satisfiable, with Content-Range: bytes */size, for a range it does not hold.")
    ResponseEntity<?> file(@PathVariable String id, @PathVariable String attachmentId,
                           @Parameter(hidden = true) @RequestHeader HttpHeaders request,
                           Authentication authentication) {
        ProductionReading reading = consulting.production(new ProductionId(id), callerOf(authentication));
        reading.production().requireAttachment(attachmentId);
        OpenedAttachment opened = attachments.open(id, new AttachmentId(attachmentId));
        return reading.production().published() ? AttachmentResponses.published(opened, request)
                : AttachmentResponses.restricted(opened, request);
    }

    private static ResponseEntity<ProductionView> versioned(HttpStatus status, ProductionReading reading) {
        return ResponseEntity.status(status).eTag(ETags.of(reading.production().version())).body(ProductionView.of(reading));
    }

    /** Reading is open to anyone for a published production: a caller without a token reads it too. */
    private static Caller callerOf(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt ? Caller.of(jwt) : null;
    }
}

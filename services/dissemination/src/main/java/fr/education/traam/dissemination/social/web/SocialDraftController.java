package fr.education.traam.dissemination.social.web;

import fr.education.traam.dissemination.social.ReviewStatus;
import fr.education.traam.dissemination.social.SocialPostDraft;
import fr.education.traam.dissemination.social.application.ReviewingSocialPosts;
import fr.education.traam.dissemination.social.web.SocialDraftViews.DraftView;
import fr.education.traam.dissemination.social.web.SocialDraftViews.TextEdit;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The review queue of draft posts for the éduscol social media accounts, for editors only. Approving a draft marks it
 * approved and does nothing else: the platform posts nothing to any social network; a person posts it by hand.
 */
@RestController
@RequestMapping("/api/dissemination/social-drafts")
@PreAuthorize("hasRole('EDITOR')")
@Tag(name = "Social drafts", description = "Draft posts for the éduscol accounts, one per published selection or production, "
        + "reviewed by editors. Nothing is posted anywhere: an approved draft is only marked approved.")
class SocialDraftController {

    private final ReviewingSocialPosts review;

    SocialDraftController(ReviewingSocialPosts review) {
        this.review = review;
    }

    @GetMapping
    @Operation(summary = "List the draft posts of one status (PENDING, APPROVED, DISCARDED) or all, the newest first, the latest 200 (EDITOR)",
            security = @SecurityRequirement(name = "bearer"))
    List<DraftView> list(@RequestParam(required = false) ReviewStatus status) {
        return review.list(status).stream().map(DraftView::of).toList();
    }

    @GetMapping("/{id}")
    @ETagged
    @Operation(summary = "Read one draft post (EDITOR)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> read(@PathVariable String id) {
        return versioned(review.draft(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rewrite a pending draft's text (EDITOR)",
            description = "The text must fit in 280 characters as X counts them — every link weighs 23 characters whatever its "
                    + "length, \"…\", \"€\" and emoji weigh 2 — and keep the draft's link: otherwise 400 invalid-request naming "
                    + "text. A decided draft is 409 draft-already-decided.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> edit(@PathVariable String id, @RequestBody TextEdit body, ExpectedVersion expected,
                                   @Parameter(hidden = true) Caller caller) {
        return versioned(review.edit(id, expected, body.text(), caller.subject()));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Approve a pending draft; it is only marked approved, nothing is posted anywhere (EDITOR)",
            description = "A second decision is 409 draft-already-decided.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> approve(@PathVariable String id, ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        return versioned(review.approve(id, expected, caller.subject()));
    }

    @PostMapping("/{id}/discarding")
    @Operation(summary = "Discard a pending draft (EDITOR)", description = "A second decision is 409 draft-already-decided.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftView> discard(@PathVariable String id, ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        return versioned(review.discard(id, expected, caller.subject()));
    }

    private static ResponseEntity<DraftView> versioned(SocialPostDraft draft) {
        return ResponseEntity.ok().eTag(ETags.of(draft.version())).body(DraftView.of(draft));
    }
}

package fr.education.traam.dissemination.social.web;

import fr.education.traam.dissemination.social.ReviewStatus;
import fr.education.traam.dissemination.social.SocialPostDraft;
import fr.education.traam.dissemination.social.SocialPostKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** What the review queue's API reads and answers. */
final class SocialDraftViews {

    private SocialDraftViews() {
    }

    @Schema(name = "SocialDraftText", description = "The post's new text: at most 280 characters as X counts them "
            + "(each link 23; \"…\", \"€\" and emoji 2), and it must keep the draft's link.")
    record TextEdit(String text) {
    }

    @Schema(name = "SocialPostDraftView", description = "A draft post for the éduscol accounts. APPROVED only marks it: "
            + "the platform posts nothing anywhere.")
    record DraftView(String id, String eventId, SocialPostKind kind, String subject, String text,
                     @Schema(description = "The link the text must keep") String link,
                     @Schema(description = "The text's length as X counts it: each link 23 characters") int length,
                     ReviewStatus status, Instant createdAt, Instant editedAt, String editedBy, Instant decidedAt,
                     String decidedBy,
                     @Schema(description = "Why the platform discarded it without an editor (its production was withdrawn); "
                             + "absent when an editor decided") String reason,
                     long version) {

        static DraftView of(SocialPostDraft draft) {
            return new DraftView(draft.id(), draft.eventId(), draft.kind(), draft.subject(), draft.text(), draft.link(),
                    draft.length(), draft.status(), draft.createdAt(), draft.editedAt(), draft.editedBy(), draft.decidedAt(),
                    draft.decidedBy(), draft.reason(), draft.version());
        }
    }
}

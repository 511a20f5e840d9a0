package fr.education.traam.productions.production;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.productions.ProductionApproved;
import fr.education.traam.contract.productions.ProductionChangesRequested;
import fr.education.traam.contract.productions.ProductionDrafted;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionRevised;
import fr.education.traam.contract.productions.ProductionSubmitted;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ProductionWithdrawn;
import fr.education.traam.contract.productions.PublishedAttachment;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.UserText;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.production.ReviewComment.Verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A production of a working group: a pedagogical scenario, a training module, an academic report, a communication
 * support or the theme's synthesis. Its authors write versions (every one kept) while it is a draft or sent back; it is
 * reviewed first by the académie's piloting inspector (an academic group's production), then validated nationally by
 * the theme's DNE expert; approved, it is published once its {@link PublicationGate} is met, and may be withdrawn.
 *
 * <p>Who may take each step is the application's to decide (it knows the groups and the theme); what each step may do,
 * and what it tells the platform, is here: every transition returns the production and its events.
 *
 * @param stage         while submitted, who reviews it; while sent back, who asked for the changes
 * @param submittedBy   the signature (member id, or the leading expert's id) of whoever submitted it last: they may not review it
 * @param version       the stored document's version, {@link #NEW} before it is stored
 */
public record Production(
        ProductionId id,
        ProductionType type,
        Authorship authorship,
        ProductionStatus status,
        ReviewStage stage,
        List<ProductionVersion> versions,
        List<ReviewComment> comments,
        PublicationChecks checks,
        List<AttachedFile> attachments,
        String submittedBy,
        Integer publishedVersion,
        Instant publishedAt,
        Instant withdrawnAt,
        String withdrawalReason,
        long version) {

    /** The version of a production not yet stored. */
    public static final long NEW = -1;

    static final int COMMENT = 5_000;
    static final int REASON = 500;
    /** Enough for a scenario's documents, captions and videos; a bound so that one document stays far below MongoDB's 16 MB. */
    public static final int MAX_ATTACHMENTS = 30;

    public Production {
        versions = List.copyOf(versions);
        comments = List.copyOf(comments);
        attachments = List.copyOf(attachments);
    }

    /** A production's state and the events of the change that led to it. */
    public record Changed(Production production, List<TraamEvent> events) {

        public Changed {
            events = List.copyOf(events);
        }
    }

    /** Where a published production is public, for the events that link to it. */
    public record Publicly(String pageUrl) {

        String attachment(String attachmentId) {
            return pageUrl + "/attachments/" + attachmentId;
        }
    }

    /** A group starts a production: its first version, a draft. */
    public static Changed draft(ProductionId id, ProductionType type, Authorship authorship, Writing writing, String by, Instant at) {
        if (!authorship.writes(type)) {
            throw new Refused(ProductionRefusal.KIND_NOT_OF_GROUP, "type", (authorship.national() ? "the national group" : "an académie's group")
                    + " writes " + Authorship.kindsOf(authorship.kind()) + ", not a " + type);
        }
        Writing checked = writing.ofType(type);
        Production drafted = new Production(id, type, authorship, ProductionStatus.DRAFT, null,
                List.of(new ProductionVersion(1, checked, by, at)), List.of(), PublicationChecks.NONE, List.of(), null, null,
                null, null, null, NEW);
        return new Changed(drafted, List.of(new ProductionDrafted(id.value(), 1, type, checked.title(), authorship.theme(),
                authorship.groupId(), authorship.academy())));
    }

    /** The latest version. */
    public ProductionVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<ProductionVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public Optional<AttachedFile> attachment(String attachmentId) {
        return attachments.stream().filter(a -> a.attachmentId().equals(attachmentId)).findFirst();
    }

    public boolean published() {
        return status == ProductionStatus.PUBLISHED;
    }

    /** Its authors save a new version; only a draft or a production sent back for changes is written. */
    public Changed revise(Writing writing, String by, Instant at) {
        requireWritable("revised");
        Writing checked = writing.ofType(type);
        int number = current().number() + 1;
        List<ProductionVersion> updated = new ArrayList<>(versions);
        updated.add(new ProductionVersion(number, checked, by, at));
        return new Changed(with(status, stage, updated, comments, checks, attachments, submittedBy),
                List.of(new ProductionRevised(id.value(), number, checked.title())));
    }

    /**
     * Its authors submit it: a draft goes to its first reviewer (the académie's piloting inspector, or the theme's DNE
     * expert for the national group's), a production sent back returns to the stage that asked for the changes.
     */
    public Changed submit(String by) {
        requireWritable("submitted");
        List<String> missing = current().writing().missing();
        if (!missing.isEmpty()) {
            throw new Refused(ProductionRefusal.SUBMISSION_INCOMPLETE, missing.get(0), "version " + current().number()
                    + " is incomplete: fill " + String.join(", ", missing)).with("missing", missing);
        }
        ReviewStage to = status == ProductionStatus.CHANGES_REQUESTED ? stage : firstStage();
        return new Changed(with(ProductionStatus.SUBMITTED, to, versions, comments, checks, attachments, by),
                List.of(new ProductionSubmitted(id.value(), current().number(), to)));
    }

    /** The stage a submitted production waits at, or empty. */
    public Optional<ReviewStage> awaiting() {
        return status == ProductionStatus.SUBMITTED ? Optional.of(stage) : Optional.empty();
    }

    /**
     * The reviewer of the current stage gives a verdict on the submitted version: approved at the academic stage it
     * goes on to national validation, approved nationally it is {@code APPROVED}; changes requested send it back to
     * its authors, with the reviewer's comment (required then).
     */
    public Changed review(Verdict verdict, String comment, String by, String role, Instant at) {
        if (status != ProductionStatus.SUBMITTED) {
            throw new Refused(ProductionRefusal.STATUS_FORBIDS, "production " + id + " is " + status + ": only a submitted production is reviewed");
        }
        if (by.equals(submittedBy)) {
            throw new Refused(ProductionRefusal.OWN_SUBMISSION, "a reviewer does not review what they submitted themselves");
        }
        String text = UserText.accepted("comment", comment, COMMENT);
        if (verdict == Verdict.CHANGES_REQUESTED && (text == null || text.isBlank())) {
            throw Refused.invalid("comment", "say what to change: a request for changes needs a comment");
        }
        List<ReviewComment> updated = new ArrayList<>(comments);
        updated.add(new ReviewComment(stage, verdict, current().number(), by, role, text, at));
        int number = current().number();
        if (verdict == Verdict.CHANGES_REQUESTED) {
            return new Changed(with(ProductionStatus.CHANGES_REQUESTED, stage, versions, updated, checks, attachments, submittedBy),
                    List.of(new ProductionChangesRequested(id.value(), number, stage)));
        }
        if (stage == ReviewStage.ACADEMIC) {
            return new Changed(with(ProductionStatus.SUBMITTED, ReviewStage.NATIONAL, versions, updated, checks, attachments, submittedBy),
                    List.of(new ProductionApproved(id.value(), number, ReviewStage.ACADEMIC)));
        }
        return new Changed(with(ProductionStatus.APPROVED, null, versions, updated, checks, attachments, submittedBy),
                List.of(new ProductionApproved(id.value(), number, ReviewStage.NATIONAL)));
    }

    /** Its authors answer the publication checks; a pupil declaration is made on the current version. */
    public Changed answer(PublicationChecks answered) {
        requireNotPublic("its publication checks answered");
        return new Changed(with(status, stage, versions, comments, answered, attachments, submittedBy), List.of());
    }

    /** A file joins the production while its authors write it. */
    public Changed attach(AttachedFile file) {
        requireWritable("given attachments");
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw Refused.invalid("file", "a production holds at most " + MAX_ATTACHMENTS + " attachments");
        }
        List<AttachedFile> updated = new ArrayList<>(attachments);
        updated.add(file);
        return new Changed(with(status, stage, versions, comments, checks, updated, submittedBy), List.of());
    }

    /** Its authors describe a file for those who cannot see or hear it; allowed until publication, as a check. */
    public Changed describe(String attachmentId, String textAlternative, String captionsId, String transcript) {
        requireNotPublic("its attachments described");
        AttachedFile file = requireAttachment(attachmentId);
        if (captionsId != null && attachment(captionsId).filter(AttachedFile::captions).isEmpty()) {
            throw Refused.invalid("captionsId", "captionsId names no WebVTT attachment of this production");
        }
        AttachedFile described = file.describedAs(UserText.accepted("textAlternative", textAlternative, Writing.SUMMARY),
                captionsId, UserText.accepted("transcript", transcript, Writing.TEXT));
        List<AttachedFile> updated = new ArrayList<>(attachments);
        updated.set(updated.indexOf(file), described);
        return new Changed(with(status, stage, versions, comments, checks, updated, submittedBy), List.of());
    }

    /** A file leaves the production while its authors write it; captions it was for are unlinked. */
    public Changed detach(String attachmentId) {
        requireWritable("relieved of attachments");
        AttachedFile file = requireAttachment(attachmentId);
        List<AttachedFile> updated = new ArrayList<>();
        for (AttachedFile a : attachments) {
            if (a != file) {
                updated.add(attachmentId.equals(a.captionsId()) ? a.describedAs(a.textAlternative(), null, a.transcript()) : a);
            }
        }
        return new Changed(with(status, stage, versions, comments, checks, updated, submittedBy), List.of());
    }

    public AttachedFile requireAttachment(String attachmentId) {
        return attachment(attachmentId).orElseThrow(() -> new Refused(AttachmentRefusal.ATTACHMENT_NOT_FOUND,
                "production " + id + " has no attachment " + attachmentId));
    }

    /** What still keeps it from publication (empty when nothing does). */
    public List<UnmetCheck> unmet(SocialNetworks socialNetworks) {
        return PublicationGate.unmet(this, socialNetworks);
    }

    /** An approved production becomes public, if it meets every check; the refusal lists each one it does not. */
    public Changed publish(Publicly publicly, SocialNetworks socialNetworks, Instant at) {
        if (status != ProductionStatus.APPROVED) {
            throw new Refused(ProductionRefusal.STATUS_FORBIDS, "production " + id + " is " + status
                    + ": only a production approved nationally is published");
        }
        List<UnmetCheck> unmet = unmet(socialNetworks);
        if (!unmet.isEmpty()) {
            throw new Refused(ProductionRefusal.PUBLICATION_CHECKS_UNMET, unmet.size() + " publication check"
                    + (unmet.size() == 1 ? " is" : "s are") + " not met yet").with("unmet", unmet);
        }
        Production published = new Production(id, type, authorship, ProductionStatus.PUBLISHED, null, versions, comments,
                checks, attachments, submittedBy, current().number(), publishedAt == null ? at : publishedAt, null, null, version);
        return new Changed(published, List.of(published.publication(publicly)));
    }

    /** A published production is taken down, for a public reason; its page answers 410 Gone from now on. */
    public Changed withdraw(String reason, Publicly publicly, Instant at) {
        if (status != ProductionStatus.PUBLISHED) {
            throw new Refused(ProductionRefusal.STATUS_FORBIDS, "production " + id + " is " + status + ": only a published production is withdrawn");
        }
        String why = UserText.accepted("reason", reason, REASON);
        if (why == null || why.isBlank()) {
            throw Refused.invalid("reason", "say publicly why the production is withdrawn");
        }
        Production withdrawn = new Production(id, type, authorship, ProductionStatus.WITHDRAWN, null, versions, comments,
                checks, attachments, submittedBy, publishedVersion, publishedAt, at, why, version);
        Writing writing = current().writing();
        return new Changed(withdrawn, List.of(new ProductionWithdrawn(id.value(), type, writing.title(), authorship.theme(),
                authorship.academy(), authorship.credited(), publicly.pageUrl(), why)));
    }

    /** The production as its public page and every consumer show it. */
    public ProductionPublished publication(Publicly publicly) {
        Writing w = current().writing();
        Licence licence = checks.licence();
        return new ProductionPublished(id.value(), current().number(), type, w.title(), w.summary(), w.disciplines(),
                w.levels(), w.competences(), authorship.theme(), authorship.academy(), authorship.credited(),
                publicly.pageUrl(), licence.label(), licence.url(), w.content(),
                attachments.stream().map(a -> new PublishedAttachment(a.attachmentId(), a.fileName(), a.contentType(), a.size(),
                        publicly.attachment(a.attachmentId()), a.textAlternative(), a.captionsId(), a.transcript())).toList());
    }

    public Production withVersion(long stored) {
        return new Production(id, type, authorship, status, stage, versions, comments, checks, attachments, submittedBy,
                publishedVersion, publishedAt, withdrawnAt, withdrawalReason, stored);
    }

    private ReviewStage firstStage() {
        return authorship.national() ? ReviewStage.NATIONAL : ReviewStage.ACADEMIC;
    }

    private void requireWritable(String what) {
        if (!status.writable()) {
            throw new Refused(ProductionRefusal.STATUS_FORBIDS, "production " + id + " is " + status + ": it is " + what
                    + " only as a draft or when sent back for changes");
        }
    }

    private void requireNotPublic(String what) {
        if (status == ProductionStatus.PUBLISHED || status == ProductionStatus.WITHDRAWN) {
            throw new Refused(ProductionRefusal.STATUS_FORBIDS, "production " + id + " is " + status + ": it has " + what
                    + " only before its publication");
        }
    }

    private Production with(ProductionStatus status, ReviewStage stage, List<ProductionVersion> versions,
            List<ReviewComment> comments, PublicationChecks checks, List<AttachedFile> attachments, String submittedBy) {
        return new Production(id, type, authorship, status, stage, versions, comments, checks, attachments, submittedBy,
                publishedVersion, publishedAt, withdrawnAt, withdrawalReason, version);
    }
}

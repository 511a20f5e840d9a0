package fr.education.traam.productions.production.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.contract.productions.ThemeReference;
import fr.education.traam.productions.production.AccessibilityItem;
import fr.education.traam.productions.production.AttachedFile;
import fr.education.traam.productions.production.Production;
import fr.education.traam.productions.production.ProductionStatus;
import fr.education.traam.productions.production.ProductionVersion;
import fr.education.traam.productions.production.PublicationChecks;
import fr.education.traam.productions.production.ResourceCheck;
import fr.education.traam.productions.production.ReviewComment;
import fr.education.traam.productions.production.UnmetCheck;
import fr.education.traam.productions.production.Writing;
import fr.education.traam.productions.production.application.ProductionAccess;
import fr.education.traam.productions.production.application.ProductionReading;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the productions' API answers. */
final class ProductionViews {

    private ProductionViews() {
    }

    /**
     * A production as its caller may read it: its current version, its review, its checks and what still keeps it
     * from publication ({@code unmet}), what the caller may do now ({@code actions}), and {@code publicUrl} once published.
     */
    record ProductionView(String id, ProductionType type, ProductionStatus status, ReviewStage stage, int version,
                          String groupId, ThemeReference theme, AcademyDetails academy, List<AcademyDetails> academies,
                          String title, String summary, List<String> disciplines, List<String> levels,
                          List<String> competences, ProductionContent content, List<AttachmentView> attachments,
                          ChecksView checks, List<UnmetCheck> unmet,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(description = "The review's comments, for those who follow its work; absent for anyone else")
                          List<CommentView> comments,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(description = "Every version, who saved it and when, for those who follow its work; absent for anyone else")
                          List<VersionView> versions,
                          List<String> actions, String publicUrl, Instant publishedAt) {

        static ProductionView of(ProductionReading reading) {
            Production p = reading.production();
            Writing w = p.current().writing();
            // A reader of a published production does not read its review: who commented, who saved, what was said.
            boolean follows = reading.access().followsItsWork();
            return new ProductionView(p.id().value(), p.type(), p.status(), p.stage(), p.current().number(),
                    p.authorship().groupId(), p.authorship().theme(), p.authorship().academy(), p.authorship().credited(),
                    w.title(), w.summary(), w.disciplines(), w.levels(), w.competences(), w.content(),
                    p.attachments().stream().map(a -> AttachmentView.of(p, a)).toList(), ChecksView.of(p),
                    reading.unmet(), follows ? p.comments().stream().map(CommentView::of).toList() : null,
                    follows ? p.versions().stream().map(VersionView::of).toList() : null, actionsOf(p, reading.access()),
                    reading.publicUrl(),
                    p.publishedAt());
        }
    }

    record AttachmentView(String id, String fileName, String contentType, long size, String url, String textAlternative,
                          String captionsId, String transcript) {

        static AttachmentView of(Production p, AttachedFile a) {
            return new AttachmentView(a.attachmentId(), a.fileName(), a.contentType(), a.size(),
                    "/api/productions/" + p.id().value() + "/attachments/" + a.attachmentId(), a.textAlternative(),
                    a.captionsId(), a.transcript());
        }
    }

    /** The answers so far; {@code noPupilNamed} is true when the declaration was made on the current version. */
    record ChecksView(String licence, Map<String, AccessibilityItem.Answer> accessibility, List<ResourceCheck> resources,
                      boolean noPupilNamed) {

        static ChecksView of(Production p) {
            PublicationChecks c = p.checks();
            Map<String, AccessibilityItem.Answer> answers = new LinkedHashMap<>();
            for (AccessibilityItem item : AccessibilityItem.values()) {
                if (c.accessibility().containsKey(item)) {
                    answers.put(item.code(), c.accessibility().get(item));
                }
            }
            return new ChecksView(c.licence() == null ? null : c.licence().spdx(), answers, c.resources(),
                    c.pupils() != null && c.pupils().version() == p.current().number());
        }
    }

    record CommentView(ReviewStage stage, ReviewComment.Verdict verdict, int version, String by, String role, String text,
                       Instant at) {

        static CommentView of(ReviewComment c) {
            return new CommentView(c.stage(), c.verdict(), c.version(), c.by(), c.role(), c.text(), c.at());
        }
    }

    record VersionView(int number, String title, String savedBy, Instant savedAt) {

        static VersionView of(ProductionVersion v) {
            return new VersionView(v.number(), v.writing().title(), v.savedBy(), v.savedAt());
        }
    }

    /** One version whole, as it was saved. */
    record VersionContentView(int number, String savedBy, Instant savedAt, Writing writing) {

        static VersionContentView of(ProductionVersion v) {
            return new VersionContentView(v.number(), v.savedBy(), v.savedAt(), v.writing());
        }
    }

    /** What the caller may do now, by the step's name in this API. */
    private static List<String> actionsOf(Production p, ProductionAccess access) {
        List<String> actions = new ArrayList<>();
        boolean author = access.author();
        if (author && p.status().writable()) {
            actions.addAll(List.of("revise", "attach", "submit"));
        }
        if (author && p.status() != ProductionStatus.PUBLISHED && p.status() != ProductionStatus.WITHDRAWN) {
            actions.add("answer-checks");
        }
        p.awaiting().filter(access::reviewerAt).ifPresent(stage -> actions.add("review"));
        if (p.status() == ProductionStatus.APPROVED && access.publisher()) {
            actions.add("publish");
        }
        if (p.status() == ProductionStatus.PUBLISHED && access.withdrawer()) {
            actions.add("withdraw");
        }
        return actions;
    }
}

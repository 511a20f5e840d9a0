package fr.education.traam.productions.production.persistence;

import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.productions.ReviewStage;
import fr.education.traam.productions.production.AttachedFile;
import fr.education.traam.productions.production.Authorship;
import fr.education.traam.productions.production.Production;
import fr.education.traam.productions.production.ProductionId;
import fr.education.traam.productions.production.ProductionStatus;
import fr.education.traam.productions.production.ProductionVersion;
import fr.education.traam.productions.production.PublicationChecks;
import fr.education.traam.productions.production.ReviewComment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A production as stored: the domain's values as they are (records map field by field), and, repeated at the top for
 * the listings' queries, its group, campaign and theme. No names: versions and comments say who by token subject.
 */
@Document(MongoProductions.COLLECTION)
record ProductionDocument(
        @Id String id,
        long version,
        ProductionType type,
        String groupId,
        String campaignId,
        String themeId,
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
        Instant changedAt) {

    static ProductionDocument of(Production p, Instant changedAt) {
        return new ProductionDocument(p.id().value(), p.version(), p.type(), p.authorship().groupId(),
                p.authorship().theme().campaignId(), p.authorship().theme().themeId(), p.authorship(), p.status(), p.stage(),
                p.versions(), p.comments(), p.checks(), p.attachments(), p.submittedBy(), p.publishedVersion(),
                p.publishedAt(), p.withdrawnAt(), p.withdrawalReason(), changedAt);
    }

    Production toProduction() {
        return new Production(new ProductionId(id), type, authorship, status, stage, versions, comments, checks, attachments,
                submittedBy, publishedVersion, publishedAt, withdrawnAt, withdrawalReason, version);
    }
}

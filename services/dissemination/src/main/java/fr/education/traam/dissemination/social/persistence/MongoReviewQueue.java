package fr.education.traam.dissemination.social.persistence;

import fr.education.traam.dissemination.social.ReviewQueue;
import fr.education.traam.dissemination.social.ReviewStatus;
import fr.education.traam.dissemination.social.SocialPostKind;
import fr.education.traam.dissemination.social.SocialPostDraft;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Draft posts in MongoDB. A draft's id, derived from its event, is the document's {@code _id}: the same event twice
 * is one draft, even on two instances at once. An editor's change is guarded by the version read, so two editors
 * deciding at once cannot both win.
 */
@Repository
class MongoReviewQueue implements ReviewQueue {

    private final MongoTemplate mongo;

    MongoReviewQueue(MongoTemplate mongo) {
        this.mongo = mongo;
        // A selection's drafts, which each of its amendments reads (ADR 19).
        mongo.indexOps(DraftDocument.class).createIndex(new Index("selectionId", Sort.Direction.ASC).named("drafts-by-selection"));
        // A production's drafts, which its withdrawal discards.
        mongo.indexOps(DraftDocument.class).createIndex(new Index("productionId", Sort.Direction.ASC).sparse().named("drafts-by-production"));
    }

    @Override
    public boolean add(SocialPostDraft draft) {
        try {
            mongo.insert(DraftDocument.of(draft, 0));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<SocialPostDraft> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DraftDocument.class)).map(DraftDocument::toDraft);
    }

    @Override
    public List<SocialPostDraft> aboutSelection(String selectionId) {
        return mongo.find(Query.query(Criteria.where("selectionId").is(selectionId)), DraftDocument.class).stream()
                .map(DraftDocument::toDraft).toList();
    }

    @Override
    public List<SocialPostDraft> aboutProduction(String productionId) {
        return mongo.find(Query.query(Criteria.where("productionId").is(productionId)), DraftDocument.class).stream()
                .map(DraftDocument::toDraft).toList();
    }

    @Override
    public List<SocialPostDraft> withStatus(ReviewStatus status, int limit) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status.name()));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), DraftDocument.class).stream()
                .map(DraftDocument::toDraft).toList();
    }

    @Override
    public SocialPostDraft save(SocialPostDraft draft) {
        Document state = new Document();
        mongo.getConverter().write(DraftDocument.of(draft, draft.version() + 1), state);
        state.remove("_id");
        state.remove("_class");
        Update update = new Update();
        state.forEach(update::set);
        Query read = Query.query(Criteria.where("_id").is(draft.id()).and("version").is(draft.version()));
        if (mongo.updateFirst(read, update, DraftDocument.class).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("draft post " + draft.id() + " changed since version " + draft.version() + " was read");
        }
        return find(draft.id()).orElseThrow();
    }

    @org.springframework.data.mongodb.core.mapping.Document("socialPostDrafts")
    record DraftDocument(@Id String id, String eventId, String kind, String subject, String text, String link, String status,
                         Instant createdAt, Instant editedAt, String editedBy, Instant decidedAt, String decidedBy, String selectionId,
                         int revision, String productionId, String reason, long version) {

        static DraftDocument of(SocialPostDraft draft, long version) {
            return new DraftDocument(draft.id(), draft.eventId(), draft.kind().name(), draft.subject(), draft.text(), draft.link(),
                    draft.status().name(), draft.createdAt(), draft.editedAt(), draft.editedBy(), draft.decidedAt(), draft.decidedBy(),
                    draft.selectionId(), draft.revision(), draft.productionId(), draft.reason(), version);
        }

        SocialPostDraft toDraft() {
            return new SocialPostDraft(id, eventId, SocialPostKind.valueOf(kind), subject, text, link, ReviewStatus.valueOf(status),
                    createdAt, editedAt, editedBy, decidedAt, decidedBy, selectionId, revision, productionId, reason, version);
        }
    }
}

package fr.education.traam.dissemination.academyfeed.persistence;

import fr.education.traam.dissemination.academyfeed.AcademyEntries;
import fr.education.traam.dissemination.academyfeed.AcademyEntry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/**
 * Entries keyed by académie and event: the same event twice is one entry; an amendment rewrites them under their revision;
 * a production's withdrawal turns its entries into tombstones, once.
 */
@Repository
class MongoAcademyEntries implements AcademyEntries {

    private static final String WITHDRAWN_AT = "withdrawnAt";

    private final MongoTemplate mongo;

    MongoAcademyEntries(MongoTemplate mongo) {
        this.mongo = mongo;
        // An académie's feed: its latest entries.
        mongo.indexOps(EntryDocument.class).createIndex(new Index("academy", Sort.Direction.ASC)
                .on("occurredAt", Sort.Direction.DESC).named("entries-by-academy"));
        // A selection's entries, which each of its amendments reads (ADR 19).
        mongo.indexOps(EntryDocument.class).createIndex(new Index("selectionId", Sort.Direction.ASC).named("entries-by-selection"));
        // A production's entries, which its withdrawal turns into tombstones.
        mongo.indexOps(EntryDocument.class).createIndex(new Index("productionId", Sort.Direction.ASC).sparse().named("entries-by-production"));
    }

    @Override
    public void add(AcademyEntry entry) {
        try {
            mongo.insert(EntryDocument.of(entry));
        } catch (DuplicateKeyException alreadyThere) {
            // The event was delivered again: its entry is there.
        }
    }

    @Override
    public List<AcademyEntry> aboutSelection(String selectionId) {
        return mongo.find(Query.query(Criteria.where("selectionId").is(selectionId)), EntryDocument.class).stream()
                .map(EntryDocument::toEntry).toList();
    }

    @Override
    public boolean revise(AcademyEntry entry) {
        // Guarded by the revision it replaces: a redelivered or older amendment matches nothing (ADR 14, ADR 19).
        Query older = Query.query(Criteria.where("_id").is(EntryDocument.idOf(entry)).and("revision").lt(entry.revision()));
        Update rewrite = new Update().set("title", entry.title()).set("summary", entry.summary())
                .set("revision", entry.revision()).set("updatedAt", entry.updatedAt());
        return mongo.updateFirst(older, rewrite, EntryDocument.class).getModifiedCount() == 1;
    }

    @Override
    public long withdraw(String productionId, Instant at, String reason) {
        // Guarded by the absence of a withdrawal: a redelivered withdrawal matches nothing and keeps the first date (ADR 14).
        Query standing = Query.query(Criteria.where("productionId").is(productionId).and(WITHDRAWN_AT).isNull());
        Update tombstone = new Update().set(WITHDRAWN_AT, at).set("withdrawalReason", reason);
        return mongo.updateMulti(standing, tombstone, EntryDocument.class).getModifiedCount();
    }

    @Override
    public List<AcademyEntry> latest(String academy, int count) {
        Query query = Query.query(Criteria.where("academy").is(academy).and(WITHDRAWN_AT).isNull())
                .with(Sort.by(Sort.Direction.DESC, "occurredAt")).limit(count);
        return mongo.find(query, EntryDocument.class).stream().map(EntryDocument::toEntry).toList();
    }

    @Override
    public List<AcademyEntry> withdrawn(String academy, int count) {
        Query query = Query.query(Criteria.where("academy").is(academy).and(WITHDRAWN_AT).ne(null))
                .with(Sort.by(Sort.Direction.DESC, WITHDRAWN_AT)).limit(count);
        return mongo.find(query, EntryDocument.class).stream().map(EntryDocument::toEntry).toList();
    }

    @Document("academyEntries")
    record EntryDocument(@Id String id, String academy, String eventId, String title, String summary, String link, Instant occurredAt,
                         String selectionId, int revision, Instant updatedAt, String productionId, Instant withdrawnAt,
                         String withdrawalReason) {

        static EntryDocument of(AcademyEntry entry) {
            return new EntryDocument(idOf(entry), entry.academy(), entry.eventId(), entry.title(), entry.summary(), entry.link(),
                    entry.occurredAt(), entry.selectionId(), entry.revision(), entry.updatedAt(), entry.productionId(),
                    entry.withdrawnAt(), entry.withdrawalReason());
        }

        static String idOf(AcademyEntry entry) {
            return entry.academy() + "/" + entry.eventId();
        }

        AcademyEntry toEntry() {
            return new AcademyEntry(academy, eventId, title, summary, link, occurredAt, selectionId, revision, updatedAt, productionId,
                    withdrawnAt, withdrawalReason);
        }
    }
}

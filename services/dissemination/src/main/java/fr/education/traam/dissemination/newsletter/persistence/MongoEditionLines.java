package fr.education.traam.dissemination.newsletter.persistence;

import fr.education.traam.dissemination.newsletter.EditionLine;
import fr.education.traam.dissemination.newsletter.EditionLineId;
import fr.education.traam.dissemination.newsletter.EditionLines;
import fr.education.traam.dissemination.newsletter.NewsItem;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Edition lines in MongoDB. News arrives by a conditional {@code $push}, guarded by the ids the line has
 * gathered, so that the same event delivered twice, even concurrently on two instances, adds one item; editors'
 * changes go through {@link AggregateWrites}, guarded by the version, with the events they cause.
 */
@Repository
class MongoEditionLines implements EditionLines {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoEditionLines(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public Optional<EditionLine> find(EditionLineId id) {
        return Optional.ofNullable(mongo.findById(id.value(), EditionLineDocument.class)).map(EditionLineDocument::toLine);
    }

    @Override
    public List<EditionLine> all() {
        Query query = new Query().with(Sort.by("kind", "title"));
        return mongo.find(query, EditionLineDocument.class).stream().map(EditionLineDocument::toLine).toList();
    }

    @Override
    public List<EditionLine> drafting(String productionId) {
        Query query = Query.query(Criteria.where(EditionLineDocument.DRAFTED_PRODUCTIONS).is(productionId));
        return mongo.find(query, EditionLineDocument.class).stream().map(EditionLineDocument::toLine).toList();
    }

    @Override
    public void open(EditionLine line) {
        // A find by _id rather than exists(), which counts through an aggregation (ADR 13).
        Query opened = Query.query(Criteria.where("_id").is(line.id().value()));
        opened.fields().include("_id");
        if (mongo.findOne(opened, Document.class, mongo.getCollectionName(EditionLineDocument.class)) != null) {
            return;
        }
        try {
            writes.insert(EditionLineDocument.of(line), List.of());
        } catch (DuplicateKeyException openedConcurrently) {
            // Another delivery opened it a moment ago: the line exists, which is all this asked for.
        }
    }

    @Override
    public boolean gather(EditionLineId id, NewsItem item) {
        Document bson = new Document();
        mongo.getConverter().write(EditionLineDocument.ItemDocument.of(item), bson);
        bson.remove("_class");
        Query notYetGathered = Query.query(Criteria.where("_id").is(id.value()).and(EditionLineDocument.GATHERED).ne(item.id()));
        Update add = new Update().push(EditionLineDocument.DRAFT_ITEMS, bson).push(EditionLineDocument.GATHERED, item.id())
                .inc(AggregateWrites.VERSION, 1);
        return mongo.updateFirst(notYetGathered, add, EditionLineDocument.class).getModifiedCount() == 1;
    }

    @Override
    public EditionLine save(EditionLine.Changed change) {
        EditionLine line = change.line();
        writes.update(EditionLineDocument.of(line), line.version(), change.events());
        return new EditionLine(line.id(), line.subject(), line.openedAt(), line.draft(), line.editions(), line.gathered(),
                line.version() + 1);
    }
}

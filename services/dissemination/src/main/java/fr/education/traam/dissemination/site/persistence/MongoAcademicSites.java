package fr.education.traam.dissemination.site.persistence;

import fr.education.traam.dissemination.site.AcademicSite;
import fr.education.traam.dissemination.site.AcademicSites;
import fr.education.traam.dissemination.site.SiteStatus;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The registry in MongoDB; a change is guarded by the version read, so a 410 and a rotation cannot lose each other. */
@Repository
class MongoAcademicSites implements AcademicSites {

    private final MongoTemplate mongo;

    MongoAcademicSites(MongoTemplate mongo) {
        this.mongo = mongo;
        // The sites subscribed to an event type, looked up for every event the service fans out.
        mongo.indexOps(SiteDocument.class).createIndex(new Index(SiteDocument.EVENT_TYPES, Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).named("sites-by-event-type"));
    }

    @Override
    public Optional<AcademicSite> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SiteDocument.class)).map(SiteDocument::toSite);
    }

    @Override
    public List<AcademicSite> list(String academy) {
        Query query = academy == null ? new Query() : Query.query(Criteria.where("academy").is(academy));
        return mongo.find(query.with(Sort.by("academy", "name")), SiteDocument.class).stream().map(SiteDocument::toSite).toList();
    }

    @Override
    public List<AcademicSite> subscribedTo(String eventType) {
        Query query = Query.query(Criteria.where(SiteDocument.EVENT_TYPES).is(eventType).and("status").is(SiteStatus.ACTIVE.name()));
        return mongo.find(query, SiteDocument.class).stream().map(SiteDocument::toSite).toList();
    }

    @Override
    public AcademicSite save(AcademicSite site) {
        if (site.version() == AcademicSite.NEW) {
            mongo.insert(SiteDocument.of(site, 0));
            return find(site.id()).orElseThrow();
        }
        Document state = new Document();
        mongo.getConverter().write(SiteDocument.of(site, site.version() + 1), state);
        state.remove("_id");
        state.remove("_class");
        Update update = new Update();
        state.forEach(update::set);
        if (site.disabledReason() == null) {
            update.unset("disabledReason");
        }
        Query read = Query.query(Criteria.where("_id").is(site.id()).and("version").is(site.version()));
        if (mongo.updateFirst(read, update, SiteDocument.class).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("site " + site.id() + " changed since version " + site.version() + " was read");
        }
        return find(site.id()).orElseThrow();
    }
}

package fr.education.traam.productions.catalogue.persistence;

import fr.education.traam.contract.EventJson;
import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.productions.catalogue.CatalogueChanges;
import fr.education.traam.productions.catalogue.CatalogueEntries;
import fr.education.traam.productions.catalogue.CatalogueEntry;
import fr.education.traam.productions.catalogue.CatalogueResult;
import fr.education.traam.productions.catalogue.CatalogueSearch;
import fr.education.traam.productions.catalogue.CatalogueSet;
import fr.education.traam.productions.catalogue.Facet;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One document per production in {@code catalogue}, keyed by its id. The facets are stored flat beside the publication
 * (its event's JSON) so that one aggregation — {@code $match}, then a {@code $facet} of {@code $match}, {@code $sort},
 * {@code $skip}, {@code $limit}, {@code $unwind} and {@code $group} pipelines, all of which the embedded MongoDB wire
 * server runs — answers a page, its total and every facet's counts.
 */
@Repository
class MongoCatalogueEntries implements CatalogueEntries {

    static final String COLLECTION = "catalogue";
    private static final Map<Facet, String> FIELDS = Map.of(Facet.SCHOOL_YEAR, "schoolYear", Facet.THEME, "themeId",
            Facet.ACADEMY, "academies", Facet.DISCIPLINE, "disciplines", Facet.LEVEL, "levels", Facet.COMPETENCE, "competences",
            Facet.KIND, "kind");
    private static final Set<Facet> LISTS = Set.of(Facet.ACADEMY, Facet.DISCIPLINE, Facet.LEVEL, Facet.COMPETENCE);

    private final MongoTemplate mongo;

    MongoCatalogueEntries(MongoTemplate mongo) {
        this.mongo = mongo;
        // The catalogue's order, among the public entries.
        mongo.indexOps(COLLECTION).createIndex(new Index("withdrawn", Sort.Direction.ASC).on("publishedAt", Sort.Direction.DESC)
                .on("_id", Sort.Direction.ASC).named("catalogue-order"));
        mongo.indexOps(COLLECTION).createIndex(new Index("words", Sort.Direction.ASC).named("catalogue-words"));
        // A harvest's order, over everything or one set (ADR 28).
        mongo.indexOps(COLLECTION).createIndex(new Index("changedAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                .named("catalogue-changes"));
        mongo.indexOps(COLLECTION).createIndex(new Index("sets.spec", Sort.Direction.ASC).on("changedAt", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC).named("catalogue-set-changes"));
        for (String field : FIELDS.values()) {
            mongo.indexOps(COLLECTION).createIndex(new Index(field, Sort.Direction.ASC).named("catalogue-" + field));
        }
    }

    @Override
    public boolean publish(CatalogueEntry entry, int version, Set<String> words) {
        ProductionPublished p = entry.publication();
        // Only an older version of a production still public is replaced; no document at all is inserted. Anything
        // else — the same event again, an older version, a withdrawn production — meets the key and changes nothing.
        Query olderAndPublic = Query.query(Criteria.where("_id").is(p.productionId()).and("version").lt(version)
                .and("withdrawn").ne(true));
        Update update = new Update().set("version", version).set("kind", p.type().name()).set("title", p.title())
                .set("summary", p.summary()).set("schoolYear", p.theme().schoolYear()).set("themeId", p.theme().themeId())
                .set("themeTitle", p.theme().title())
                .set("academies", distinct(p.academies().stream().map(AcademyDetails::code).toList()))
                .set("disciplines", distinct(p.disciplines())).set("levels", distinct(p.levels()))
                .set("competences", distinct(p.competences())).set("words", List.copyOf(words))
                .set("publication", new String(EventJson.write(p), StandardCharsets.UTF_8)).set("withdrawn", false)
                .set("campaignId", p.theme().campaignId()).set("sets", sets(entry.sets()))
                .set("changedAt", Date.from(entry.changedAt()))
                .setOnInsert("publishedAt", Date.from(entry.publishedAt()));
        return upsert(olderAndPublic, update);
    }

    @Override
    public boolean withdraw(String productionId, ProductionType kind, String title, CatalogueEntry.Withdrawal withdrawal,
                            List<CatalogueSet> sets, Instant changedAt) {
        Query notYet = Query.query(Criteria.where("_id").is(productionId).and("withdrawn").ne(true));
        // The sets and facets stay: a harvester of a set learns the record is deleted (ADR 28).
        Update update = new Update().set("withdrawn", true).set("withdrawalReason", withdrawal.reason())
                .set("withdrawnAt", Date.from(withdrawal.at())).set("kind", kind.name()).set("title", title)
                .set("changedAt", Date.from(changedAt.truncatedTo(ChronoUnit.SECONDS)))
                .unset("publication").unset("words").unset("summary")
                .setOnInsert("sets", sets(sets))
                // A withdrawal before its publication: the version no publication can pass.
                .setOnInsert("version", Integer.MAX_VALUE).setOnInsert("publishedAt", Date.from(withdrawal.at()));
        return upsert(notYet, update);
    }

    private boolean upsert(Query query, Update update) {
        try {
            mongo.upsert(query, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException notApplicable) {
            return false;
        }
    }

    @Override
    public Optional<CatalogueEntry> find(String productionId) {
        return Optional.ofNullable(mongo.findById(productionId, Document.class, COLLECTION)).map(MongoCatalogueEntries::entryOf);
    }

    @Override
    public List<CatalogueEntry> changes(CatalogueChanges changes, CatalogueChanges.Position after, int limit) {
        Criteria criteria = criteria(changes);
        if (after != null) {
            Date last = Date.from(after.changedAt());
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(Criteria.where("changedAt").gt(last),
                    Criteria.where("changedAt").is(last).and("_id").gt(after.productionId())));
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Order.asc("changedAt"), Sort.Order.asc("_id"))).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoCatalogueEntries::entryOf).toList();
    }

    @Override
    public long count(CatalogueChanges changes) {
        return mongo.count(Query.query(criteria(changes)), COLLECTION);
    }

    @Override
    public Optional<Instant> earliestChange(Set<ProductionType> kinds) {
        Query query = Query.query(Criteria.where("kind").in(names(kinds)).and("changedAt").exists(true))
                .with(Sort.by(Sort.Order.asc("changedAt"))).limit(1);
        query.fields().include("changedAt");
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(d -> instant(d.get("changedAt")));
    }

    @Override
    public List<CatalogueSet> sets(Set<ProductionType> kinds) {
        List<Document> pipeline = List.of(new Document("$match", new Document("kind", new Document("$in", names(kinds)))),
                new Document("$unwind", "$sets"),
                new Document("$group", new Document("_id", "$sets.spec").append("name", new Document("$first", "$sets.name"))),
                new Document("$sort", new Document("_id", 1)));
        List<CatalogueSet> sets = new ArrayList<>();
        for (Document set : mongo.getCollection(COLLECTION).aggregate(pipeline)) {
            sets.add(new CatalogueSet(set.getString("_id"), set.getString("name")));
        }
        return sets;
    }

    private static Criteria criteria(CatalogueChanges changes) {
        Criteria criteria = Criteria.where("kind").in(names(changes.kinds()));
        if (changes.set() != null) {
            criteria = criteria.and("sets.spec").is(changes.set());
        }
        if (changes.from() != null || changes.until() != null) {
            Criteria window = criteria.and("changedAt");
            if (changes.from() != null) {
                window = window.gte(Date.from(changes.from()));
            }
            if (changes.until() != null) {
                window.lte(Date.from(changes.until()));
            }
        } else {
            criteria = criteria.and("changedAt").exists(true);
        }
        return criteria;
    }

    private static List<String> names(Set<ProductionType> kinds) {
        return kinds.stream().map(Enum::name).sorted().toList();
    }

    private static List<Document> sets(List<CatalogueSet> sets) {
        return sets.stream().map(set -> new Document("spec", set.spec()).append("name", set.name())).toList();
    }

    @Override
    public CatalogueResult search(CatalogueSearch search) {
        Document base = new Document("withdrawn", false);
        if (!search.words().isEmpty()) {
            base.append("words", new Document("$all", search.words()));
        }
        Document facets = new Document();
        facets.append("results", stages(matchAllBut(search, null),
                new Document("$sort", new Document("publishedAt", -1).append("_id", 1)),
                new Document("$skip", (long) search.page() * search.size()), new Document("$limit", search.size())));
        facets.append("total", stages(matchAllBut(search, null), countBy(null)));
        for (Facet facet : Facet.values()) {
            String field = FIELDS.get(facet);
            List<Document> pipeline = stages(matchAllBut(search, facet));
            if (LISTS.contains(facet)) {
                pipeline.add(new Document("$unwind", "$" + field));
            }
            Document group = countBy("$" + field);
            if (facet == Facet.THEME) {
                group.get("$group", Document.class).append("title", new Document("$first", "$themeTitle"));
            }
            pipeline.add(group);
            facets.append(facet.name(), pipeline);
        }
        List<Document> pipeline = List.of(new Document("$match", base), new Document("$facet", facets));
        Document answer = mongo.getCollection(COLLECTION).aggregate(pipeline).first();
        if (answer == null) {
            return new CatalogueResult(List.of(), 0, Map.of(), Map.of());
        }
        List<CatalogueEntry> entries = answer.getList("results", Document.class).stream().map(MongoCatalogueEntries::entryOf).toList();
        long total = answer.getList("total", Document.class).stream().findFirst().map(d -> number(d.get("n"))).orElse(0L);
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        Map<String, String> themeTitles = new HashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> byValue = new HashMap<>();
            for (Document group : answer.getList(facet.name(), Document.class)) {
                Object value = group.get("_id");
                if (value != null) {
                    byValue.put(value.toString(), number(group.get("n")));
                    if (facet == Facet.THEME && group.getString("title") != null) {
                        themeTitles.put(value.toString(), group.getString("title"));
                    }
                }
            }
            counts.put(facet, byValue);
        }
        return new CatalogueResult(entries, total, counts, themeTitles);
    }

    /** The match of every facet's selection but {@code except}'s; null matches them all. */
    private static Document matchAllBut(CatalogueSearch search, Facet except) {
        Document match = new Document();
        search.selected().forEach((facet, values) -> {
            if (facet != except) {
                match.append(FIELDS.get(facet), new Document("$in", new ArrayList<>(values)));
            }
        });
        return match.isEmpty() ? null : new Document("$match", match);
    }

    private static Document countBy(Object key) {
        return new Document("$group", new Document("_id", key).append("n", new Document("$sum", 1)));
    }

    private static List<Document> stages(Document... stages) {
        List<Document> list = new ArrayList<>();
        for (Document stage : stages) {
            if (stage != null) {
                list.add(stage);
            }
        }
        return list;
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0L;
    }

    private static CatalogueEntry entryOf(Document document) {
        String publication = document.getString("publication");
        ProductionPublished published = publication == null ? null
                : EventJson.read(publication.getBytes(StandardCharsets.UTF_8), ProductionPublished.class);
        CatalogueEntry.Withdrawal withdrawal = Boolean.TRUE.equals(document.getBoolean("withdrawn"))
                ? new CatalogueEntry.Withdrawal(document.getString("withdrawalReason"), instant(document.get("withdrawnAt")))
                : null;
        List<CatalogueSet> sets = new ArrayList<>();
        List<Document> stored = document.getList("sets", Document.class);
        if (stored != null) {
            stored.forEach(set -> sets.add(new CatalogueSet(set.getString("spec"), set.getString("name"))));
        }
        return new CatalogueEntry(document.getString("_id"), ProductionType.valueOf(document.getString("kind")),
                document.getString("title"), published, instant(document.get("publishedAt")), withdrawal,
                instant(document.get("changedAt")), sets);
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}

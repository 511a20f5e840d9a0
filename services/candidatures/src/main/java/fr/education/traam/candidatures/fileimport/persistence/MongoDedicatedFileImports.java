package fr.education.traam.candidatures.fileimport.persistence;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.fileimport.DedicatedFileImport;
import fr.education.traam.candidatures.fileimport.DedicatedFileImports;
import fr.education.traam.candidatures.fileimport.FiledTheme;
import fr.education.traam.candidatures.fileimport.ImportId;
import fr.education.traam.candidatures.fileimport.ImportRunning;
import fr.education.traam.candidatures.fileimport.ImportStatus;
import fr.education.traam.candidatures.fileimport.ThemeProposal;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.TraamEvent;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Imports in MongoDB, each write carrying its events into the document's outbox; their themes beside them. */
@Repository
class MongoDedicatedFileImports implements DedicatedFileImports {

    static final String IMPORTS = "dedicatedFileImports";
    static final String THEMES = "dedicatedFileThemes";
    private static final String RUNNING_SLOT = "runningSlot";
    private static final String IMPORT_ID = "importId";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoDedicatedFileImports(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.indexOps(IMPORTS).createIndex(new Index(RUNNING_SLOT, Sort.Direction.ASC).unique().named("one-running-import-per-academy"));
        mongo.indexOps(THEMES).createIndex(new Index(IMPORT_ID, Sort.Direction.ASC).named("themes-by-import"));
    }

    @Override
    public void add(DedicatedFileImport received) {
        try {
            writes.insert(ImportDocument.of(received), List.of());
        } catch (DuplicateKeyException running) {
            throw new ImportRunning(received.campaignId(), received.academy(),
                    running(received.campaignId(), received.academy()).map(i -> i.id().value()).orElse(null));
        }
    }

    @Override
    public Optional<DedicatedFileImport> find(ImportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ImportDocument.class)).map(ImportDocument::toImport);
    }

    @Override
    public DedicatedFileImport save(DedicatedFileImport changed, List<? extends TraamEvent> events) {
        writes.update(ImportDocument.of(changed), changed.version(), events);
        return changed.atVersion(changed.version() + 1);
    }

    @Override
    public List<DedicatedFileImport> stale(Instant before) {
        List<String> running = Arrays.stream(ImportStatus.values()).filter(ImportStatus::running).map(Enum::name).toList();
        return mongo.find(Query.query(Criteria.where("status").in(running).and("updatedAt").lt(before)), ImportDocument.class)
                .stream().map(ImportDocument::toImport).toList();
    }

    @Override
    public void storeThemes(ImportId id, List<ThemeProposal> themes) {
        dropThemes(id);
        mongo.insert(themes.stream().map(theme -> ThemeDocument.of(id, theme)).toList(), THEMES);
    }

    @Override
    public List<FiledTheme> themes(ImportId id) {
        return mongo.find(Query.query(Criteria.where(IMPORT_ID).is(id.value())).with(Sort.by("firstRow")), ThemeDocument.class)
                .stream().map(ThemeDocument::toFiledTheme).toList();
    }

    @Override
    public void themeApplied(ImportId id, ThemeId themeId, CandidatureId candidature, boolean created) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ThemeDocument.id(id, themeId))),
                new Update().set("appliedAs", candidature.value()).set("created", created), ThemeDocument.class);
    }

    @Override
    public void dropThemes(ImportId id) {
        mongo.remove(Query.query(Criteria.where(IMPORT_ID).is(id.value())), ThemeDocument.class);
    }

    @Override
    public Optional<DedicatedFileImport> running(CampaignId campaignId, Academy academy) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(RUNNING_SLOT).is(ImportDocument.runningSlot(campaignId, academy))),
                ImportDocument.class)).map(ImportDocument::toImport);
    }
}

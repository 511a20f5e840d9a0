package fr.education.traam.groups.group.persistence;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Repository
class MongoWorkingGroups implements WorkingGroups {

    static final String COLLECTION = "groups";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoWorkingGroups(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /** The theme's listing, a selection's groups and a person's groups are read by these fields. */
    @EventListener(ApplicationReadyEvent.class)
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("campaignId", Sort.Direction.ASC).on("themeId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("themeId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("selectionId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("memberIds", Sort.Direction.ASC));
    }

    @Override
    public Optional<WorkingGroup> find(GroupId id) {
        return Optional.ofNullable(mongo.findById(id.value(), GroupDocument.class)).map(GroupDocument::toGroup);
    }

    @Override
    public List<WorkingGroup> workingOn(CampaignId campaignId, ThemeId themeId) {
        Query query = Query.query(Criteria.where("campaignId").is(campaignId.value()).and("themeId").is(themeId.value()));
        return mongo.find(query, GroupDocument.class).stream().map(GroupDocument::toGroup)
                .sorted(Comparator.comparing((WorkingGroup g) -> !g.national())
                        .thenComparing(g -> g.academy() == null ? "" : g.academy().name()))
                .toList();
    }

    @Override
    public List<WorkingGroup> workingOnTheme(ThemeId themeId) {
        return mongo.find(Query.query(Criteria.where("themeId").is(themeId.value())), GroupDocument.class).stream()
                .map(GroupDocument::toGroup).toList();
    }

    @Override
    public List<WorkingGroup> formedBy(String selectionId) {
        return mongo.find(Query.query(Criteria.where("selectionId").is(selectionId)), GroupDocument.class).stream()
                .map(GroupDocument::toGroup).toList();
    }

    @Override
    public List<WorkingGroup> withMember(PersonId person) {
        return mongo.find(Query.query(Criteria.where("memberIds").is(person.value())), GroupDocument.class).stream()
                .map(GroupDocument::toGroup).toList();
    }

    @Override
    public List<WorkingGroup> page(GroupId after, int size) {
        Query query = after == null ? new Query() : Query.query(Criteria.where("_id").gt(after.value()));
        return mongo.find(query.with(Sort.by("_id")).limit(size), GroupDocument.class).stream().map(GroupDocument::toGroup).toList();
    }

    @Override
    public WorkingGroup save(WorkingGroup.Changed change) {
        WorkingGroup group = change.group();
        GroupDocument document = GroupDocument.of(group);
        if (group.version() == WorkingGroup.NEW) {
            try {
                writes.insert(document, change.events());
            } catch (DuplicateKeyException formedAlready) {
                throw new GroupAlreadyFormed(group.id());
            }
            return group.withVersion(0);
        }
        writes.update(document, group.version(), change.events());
        return group.withVersion(group.version() + 1);
    }
}

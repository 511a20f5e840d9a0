package fr.education.traam.candidatures.selection.persistence;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.candidatures.selection.NationalSelection;
import fr.education.traam.candidatures.selection.NationalSelections;
import fr.education.traam.candidatures.selection.SelectionId;
import fr.education.traam.candidatures.selection.SelectionStatus;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** National selections in MongoDB; every write carries the change's events into the document's outbox. */
@Repository
class MongoNationalSelections implements NationalSelections {

    static final String COLLECTION = "selections";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoNationalSelections(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public Optional<NationalSelection> find(SelectionId id) {
        return Optional.ofNullable(mongo.findById(id.value(), SelectionDocument.class)).map(SelectionDocument::toSelection);
    }

    @Override
    public List<NationalSelection> publishedIn(CampaignId campaignId) {
        Query query = Query.query(Criteria.where("campaignId").is(campaignId.value()).and("status").is(SelectionStatus.PUBLISHED.name()))
                .with(Sort.by("themeId"));
        return mongo.find(query, SelectionDocument.class).stream().map(SelectionDocument::toSelection).toList();
    }

    @Override
    public Optional<NationalSelection> latestPublished(ThemeId themeId) {
        Query query = Query.query(Criteria.where("themeId").is(themeId.value()).and("status").is(SelectionStatus.PUBLISHED.name()))
                .with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, SelectionDocument.class)).map(SelectionDocument::toSelection);
    }

    @Override
    public NationalSelection save(NationalSelection.Changed change) {
        NationalSelection selection = change.selection();
        SelectionDocument document = SelectionDocument.of(selection);
        if (selection.version() == NationalSelection.NEW) {
            try {
                writes.insert(document, change.events());
            } catch (DuplicateKeyException begunMeanwhile) {
                // The theme's other expert recorded the first decision at the same moment: theirs stands, retry on it.
                throw new OptimisticLockingFailureException("the selection " + selection.id() + " was begun meanwhile", begunMeanwhile);
            }
            return withVersion(selection, 0);
        }
        writes.update(document, selection.version(), change.events());
        return withVersion(selection, selection.version() + 1);
    }

    private static NationalSelection withVersion(NationalSelection s, long version) {
        return new NationalSelection(s.id(), s.campaignId(), s.themeId(), s.cycle(), s.capacity(), s.status(), s.decisions(),
                s.amendments(), s.publishedBy(), s.publishedAt(), version);
    }
}

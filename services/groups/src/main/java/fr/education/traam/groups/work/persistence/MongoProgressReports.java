package fr.education.traam.groups.work.persistence;

import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.work.ProgressReport;
import fr.education.traam.groups.work.ProgressReports;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

@Repository
class MongoProgressReports implements ProgressReports {

    static final String COLLECTION = "progress-reports";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoProgressReports(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("groupId", Sort.Direction.ASC).on("academy", Sort.Direction.ASC)
                .on("reportedAt", Sort.Direction.DESC));
    }

    @Override
    public ProgressReport save(ProgressReport.Changed change) {
        writes.insert(ProgressReportDocument.of(change.report()), change.events());
        return change.report();
    }

    @Override
    public List<ProgressReport> to(GroupId nationalGroup, String academy) {
        Criteria criteria = Criteria.where("groupId").is(nationalGroup.value());
        if (academy != null) {
            criteria = criteria.and("academy").is(academy);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.desc("_id")));
        return mongo.find(query, ProgressReportDocument.class).stream().map(ProgressReportDocument::toReport).toList();
    }
}

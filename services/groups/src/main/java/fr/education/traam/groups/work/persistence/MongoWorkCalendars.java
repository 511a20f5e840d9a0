package fr.education.traam.groups.work.persistence;

import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.work.WorkCalendar;
import fr.education.traam.groups.work.WorkCalendars;
import fr.education.traam.kit.outbox.AggregateWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class MongoWorkCalendars implements WorkCalendars {

    static final String COLLECTION = "work-calendars";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoWorkCalendars(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public Optional<WorkCalendar> find(GroupId nationalGroup) {
        return Optional.ofNullable(mongo.findById(nationalGroup.value(), WorkCalendarDocument.class))
                .map(WorkCalendarDocument::toCalendar);
    }

    @Override
    public WorkCalendar save(WorkCalendar.Changed change) {
        WorkCalendar calendar = change.calendar();
        if (calendar.version() == WorkCalendar.NEW) {
            try {
                writes.insert(WorkCalendarDocument.of(calendar), change.events());
            } catch (DuplicateKeyException proposedMeanwhile) {
                throw new OptimisticLockingFailureException("the work calendar of group " + calendar.nationalGroup()
                        + " was proposed meanwhile", proposedMeanwhile);
            }
            return calendar.withVersion(0);
        }
        writes.update(WorkCalendarDocument.of(calendar), calendar.version(), change.events());
        return calendar.withVersion(calendar.version() + 1);
    }
}

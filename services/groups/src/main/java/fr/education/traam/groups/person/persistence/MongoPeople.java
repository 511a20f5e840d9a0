package fr.education.traam.groups.person.persistence;

import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.groups.person.PersonIdentity;
import fr.education.traam.kit.outbox.AggregateWrites;
import fr.education.traam.reference.people.EmailAddress;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Repository
class MongoPeople implements People {

    static final String COLLECTION = "people";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoPeople(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("key", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index().on("email", Sort.Direction.ASC));
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(mongo.findById(id.value(), PersonDocument.class)).map(PersonDocument::toPerson);
    }

    @Override
    public Map<PersonId, Person> findAll(Collection<PersonId> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(PersonId::value).toList()));
        return mongo.find(query, PersonDocument.class).stream().map(PersonDocument::toPerson)
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    @Override
    public Optional<Person> withEmail(EmailAddress email) {
        return byKey("email:" + email.value()).or(() -> Optional.ofNullable(
                mongo.findOne(Query.query(Criteria.where("email").is(email.value())), PersonDocument.class)).map(PersonDocument::toPerson));
    }

    @Override
    public Person registered(EmailAddress email, String name) {
        return byKeyOrInsert("email:" + email.value(), Person.known(name, email));
    }

    @Override
    public Person registeredExpert(String subject, String name) {
        return byKeyOrInsert("subject:" + subject, Person.expert(name, subject));
    }

    /**
     * The person and what other services must learn of it (their identity, or its erasure) in one write, through the
     * document's own outbox (ADR 2, ADR 24): what was stored is read first, to tell whether the identity changed.
     */
    @Override
    public Person save(Person person) {
        PersonDocument before = mongo.findById(person.id().value(), PersonDocument.class);
        if (before == null || before.version() != person.version()) {
            throw new OptimisticLockingFailureException("person " + person.id() + " changed meanwhile");
        }
        writes.update(PersonDocument.of(person), person.version(), PersonIdentity.changes(before.toPerson(), person));
        return new Person(person.id(), person.name(), person.email(), person.subject(), person.erasedAt(), person.version() + 1);
    }

    @Override
    public List<Person> notErased(Collection<PersonId> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(PersonId::value).toList()).and("erasedAt").is(null));
        return mongo.find(query, PersonDocument.class).stream().map(PersonDocument::toPerson).toList();
    }

    private Optional<Person> byKey(String key) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("key").is(key)), PersonDocument.class))
                .map(PersonDocument::toPerson);
    }

    private Person byKeyOrInsert(String key, Person candidate) {
        Optional<Person> known = byKey(key);
        if (known.isPresent()) {
            return known.get();
        }
        Person stored = new Person(candidate.id(), candidate.name(), candidate.email(), candidate.subject(), null, 0);
        try {
            writes.insert(PersonDocument.of(stored), PersonIdentity.changes(null, stored));
            return stored;
        } catch (DuplicateKeyException registeredMeanwhile) {
            return byKey(key).orElseThrow(() -> registeredMeanwhile);
        }
    }
}

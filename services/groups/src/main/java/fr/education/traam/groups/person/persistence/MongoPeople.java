package fr.education.traam.groups.person.persistence;

import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
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
import org.springframework.data.mongodb.core.query.Update;
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

    MongoPeople(MongoTemplate mongo) {
        this.mongo = mongo;
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

    @Override
    public Person save(Person person) {
        PersonDocument document = PersonDocument.of(person);
        Query current = Query.query(Criteria.where("_id").is(document.id()).and("version").is(person.version()));
        Update update = new Update().set("key", document.key()).set("name", document.name()).set("email", document.email())
                .set("subject", document.subject()).set("erasedAt", document.erasedAt()).set("version", person.version() + 1);
        if (mongo.updateFirst(current, update, PersonDocument.class).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("person " + person.id() + " changed meanwhile");
        }
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
            mongo.insert(PersonDocument.of(stored));
            return stored;
        } catch (DuplicateKeyException registeredMeanwhile) {
            return byKey(key).orElseThrow(() -> registeredMeanwhile);
        }
    }
}

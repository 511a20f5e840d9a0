package fr.education.traam.groups.person.persistence;

import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.reference.people.EmailAddress;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A person as stored. {@code key} is what makes one person one document: {@code email:<address>}, {@code subject:<sub>}
 * for an expert known by their identity, {@code erased:<id>} once erased, so that nothing of them is left in it.
 */
@Document(MongoPeople.COLLECTION)
record PersonDocument(@Id String id, long version, String key, String name, String email, String subject, Instant erasedAt) {

    static PersonDocument of(Person p) {
        return new PersonDocument(p.id().value(), p.version(), keyOf(p), p.name(), p.email() == null ? null : p.email().value(),
                p.subject(), p.erasedAt());
    }

    static String keyOf(Person p) {
        if (p.erased()) {
            return "erased:" + p.id().value();
        }
        return p.subject() != null ? "subject:" + p.subject() : "email:" + p.email().value();
    }

    Person toPerson() {
        return new Person(new PersonId(id), name, email == null ? null : new EmailAddress(email), subject, erasedAt, version);
    }
}

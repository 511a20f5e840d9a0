package fr.education.traam.groups.person;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.people.EmailAddress;

import java.time.Instant;

/**
 * Someone who sits in working groups: a name and a professional e-mail address, nothing more. A DNE expert comes
 * from the campaign with a name and the subject of their identity, and no address until they give one.
 *
 * <p>Erasing a person (right to erasure, or the purge after their themes closed) replaces the name by a pseudonym and
 * forgets the address and the subject: the groups keep the id in their history, and nothing says who it was.
 */
public record Person(PersonId id, String name, EmailAddress email, String subject, Instant erasedAt, long version) {

    public static final long NEW = -1;
    /** What an erased person is called from then on. */
    public static final String PSEUDONYM = "Personne effacée";
    public static final int MAX_NAME_LENGTH = 200;

    public Person {
        if (erasedAt == null) {
            if (name == null || name.isBlank()) {
                throw Refused.invalid("name", "a member needs a name");
            }
            name = name.strip();
            if (name.length() > MAX_NAME_LENGTH) {
                throw Refused.invalid("name", "a name has at most " + MAX_NAME_LENGTH + " characters");
            }
            if (email == null && subject == null) {
                throw Refused.invalid("email", "a member needs a professional e-mail address");
            }
        }
    }

    /** Someone known by their professional address, new to this service. */
    public static Person known(String name, EmailAddress email) {
        return new Person(PersonId.random(), name, email, null, null, NEW);
    }

    /** A DNE expert as the campaign names them: by the subject of their identity. */
    public static Person expert(String name, String subject) {
        return new Person(PersonId.random(), name, null, subject, null, NEW);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    /** This person under the name now given for their address (a spelling corrected, a name changed). */
    public Person named(String newName) {
        return new Person(id, newName, email, subject, erasedAt, version);
    }

    /** This person with a professional address at last (an expert who gives theirs). */
    public Person reachableAt(EmailAddress address) {
        return new Person(id, name, address, subject, erasedAt, version);
    }

    /** Pseudonymised: the id stays, for the groups' history; the name, the address and the subject are gone. */
    public Person erase(Instant at) {
        return erased() ? this : new Person(id, PSEUDONYM, null, null, at, version);
    }
}

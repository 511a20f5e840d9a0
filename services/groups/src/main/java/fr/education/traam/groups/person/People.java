package fr.education.traam.groups.person;

import fr.education.traam.reference.people.EmailAddress;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people of the working groups, wherever they are kept: the service's only store of names and addresses. */
public interface People {

    Optional<Person> find(PersonId id);

    Map<PersonId, Person> findAll(Collection<PersonId> ids);

    Optional<Person> withEmail(EmailAddress email);

    /**
     * The person with this address, registered under {@code name} if no one has it yet: one address is one person,
     * even when two selections name them at the same moment.
     */
    Person registered(EmailAddress email, String name);

    /** The DNE expert with this identity subject, registered under {@code name} if unknown. */
    Person registeredExpert(String subject, String name);

    /** Replaces a person read at its version; fails when someone else changed it meanwhile. */
    Person save(Person person);

    /** The people not erased yet among {@code ids}. */
    List<Person> notErased(Collection<PersonId> ids);
}

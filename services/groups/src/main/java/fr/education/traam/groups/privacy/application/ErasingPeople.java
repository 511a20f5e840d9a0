package fr.education.traam.groups.privacy.application;

import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.WorkingGroups;
import fr.education.traam.groups.person.People;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.groups.privacy.PersonalData;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.mail.Mails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The right to erasure. The person leaves every open group they sit in, as a member removed by those responsible would
 * (so that the groups' events say so and the compositions are checked again), then is pseudonymised: their name becomes
 * {@link Person#PSEUDONYM}, their address and identity subject are forgotten. Closed groups keep the id, for their
 * history; nothing says whose it was any more. The mails to their address are deleted, those still waiting to be sent
 * and the records of those sent (docs/personal-data.md); a departure their erasure causes mails no one.
 *
 * <p>Erasing an erased person changes nothing. A group or person changed by someone else meanwhile is read again.
 */
@Service
public class ErasingPeople {

    private static final Logger log = LoggerFactory.getLogger(ErasingPeople.class);
    private static final int ATTEMPTS = 5;

    private final ExportingPersonalData exporting;
    private final People people;
    private final WorkingGroups groups;
    private final Mails mails;
    private final Clock clock;

    public ErasingPeople(ExportingPersonalData exporting, People people, WorkingGroups groups, Mails mails, Clock clock) {
        this.exporting = exporting;
        this.people = people;
        this.groups = groups;
        this.mails = mails;
        this.clock = clock;
    }

    /** Erases the person at the request of an operator or of their académie's DAN; returns what is left of them. */
    public PersonalData erase(PersonId id, Caller caller) {
        exporting.of(id, caller);
        Instant at = clock.instant();
        for (WorkingGroup group : groups.withMember(id)) {
            leave(group.id(), id);
        }
        Person erased = pseudonymise(id, at);
        log.info("person {} erased at the request of {}", id, caller.subject());
        return exporting.held(erased);
    }

    /** Pseudonymises the person, leaving the groups as they are (the purge, for groups whose work is over). */
    Person pseudonymise(PersonId id, Instant at) {
        for (int attempt = 1; ; attempt++) {
            Person person = people.find(id).orElseThrow();
            if (person.erased()) {
                return person;
            }
            try {
                Person erased = people.save(person.erase(at));
                // After the person's write: a mail stored meanwhile by a consumer that read them before it is deleted by
                // that consumer, which reads them again once its mail is stored (MailingMembers).
                if (person.email() != null) {
                    long forgotten = mails.forget(person.email().value());
                    log.info("person {}: {} mail record(s) to their address deleted", id, forgotten);
                }
                return erased;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private void leave(GroupId groupId, PersonId id) {
        for (int attempt = 1; ; attempt++) {
            Optional<WorkingGroup> group = groups.find(groupId);
            if (group.isEmpty() || !group.get().active() || group.get().member(id).isEmpty()) {
                return;
            }
            try {
                groups.save(group.get().leave(id));
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}

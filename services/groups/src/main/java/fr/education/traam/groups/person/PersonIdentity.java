package fr.education.traam.groups.person;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.groups.MemberErased;
import fr.education.traam.contract.groups.MemberIdentified;
import fr.education.traam.contract.groups.MemberIdentity;

import java.util.List;
import java.util.Objects;

/**
 * What other services must learn when a person is stored (ADR 24): how their member id is recognised at sign-in, each
 * time that changes, and that it is forgotten once they are erased. Events of the restricted topic
 * {@code traam.groups.people}, written with the person's own change.
 */
public final class PersonIdentity {

    private PersonIdentity() {
    }

    /** The events of storing {@code after} where {@code before} was ({@code null} for a person new to the service). */
    public static List<TraamEvent> changes(Person before, Person after) {
        if (after.erased()) {
            return before != null && before.erased() ? List.of() : List.of(new MemberErased(after.id().value()));
        }
        String email = after.email() == null ? null : after.email().value();
        if (email == null && after.subject() == null) {
            return List.of();
        }
        boolean unchanged = before != null && !before.erased()
                && Objects.equals(before.email() == null ? null : before.email().value(), email)
                && Objects.equals(before.subject(), after.subject());
        return unchanged ? List.of() : List.of(new MemberIdentified(after.id().value(), new MemberIdentity(email, after.subject())));
    }
}

package fr.education.traam.productions.team;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PERSONAL DATA: which identity each member id signs in with, as {@code traam.groups.people} last said (ADR 24), and
 * nothing more. An erased member is forgotten: only a mark that the id was erased stays, so that a late copy of an
 * older identification does not bring the identity back.
 */
public interface MemberIdentities {

    void identified(String memberId, String email, String subject);

    void erased(String memberId);

    /** The member ids recognised by this address (lower case) or this token subject; either may be null. */
    Set<String> recognising(String email, String subject);

    /** The addresses of those of these member ids that have one (erased members have none), by member id. */
    Map<String, String> addressesOf(Collection<String> memberIds);

    /** The address the member id is recognised by, to mail them; none for an erased member or one known by subject only. */
    default Optional<String> addressOf(String memberId) {
        return Optional.ofNullable(addressesOf(List.of(memberId)).get(memberId));
    }
}

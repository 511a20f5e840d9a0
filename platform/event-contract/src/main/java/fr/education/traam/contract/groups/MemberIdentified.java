package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

/**
 * Someone sits in a group, or the way they are recognised changed: {@code memberId} (the id of every group event about
 * them) is recognised by {@code identity} from now on. On the restricted topic {@code traam.groups.people}, for the
 * services that must know who signs in as which member (the productions service: authors and reviewers), ADR 24.
 */
public record MemberIdentified(String memberId, MemberIdentity identity) implements TraamEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }
}

package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

/**
 * A member's personal data were erased (on request, or at the end of their retention): whoever holds their
 * {@link MemberIdentity} forgets it and keeps the id only. On the restricted topic {@code traam.groups.people} (ADR 24).
 */
public record MemberErased(String memberId) implements TraamEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }
}

package fr.education.traam.contract.groups;

/**
 * A member as events show them: an opaque id (the same person has the same id in every group), the role, for an
 * inspector the corps ({@code IA_IPR}…), and for a referent in a national group the ministry code of their académie.
 * Never a name or an address.
 */
public record GroupMemberSeat(String memberId, MemberRole role, String corps, String academy) {
}

package fr.education.traam.contract.groups;

/**
 * PERSONAL DATA: how a member of the groups is recognised when they sign in, by the professional address of their
 * tokens or by the subject of their identity (either may be {@code null}, not both). Travels only on the restricted
 * topic {@code traam.groups.people} (ADR 24).
 */
public record MemberIdentity(String email, String subject) {
}

package fr.education.traam.contract.candidatures;

/** Someone of a selected académie's team: personal data, carried only for forming the working groups, on a restricted topic. */
public record GroupMember(String name, String email) {
}

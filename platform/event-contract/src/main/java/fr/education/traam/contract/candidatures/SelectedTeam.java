package fr.education.traam.contract.candidatures;

/**
 * One académie the national selection retains, with its candidature and its team: what the groups service forms the
 * national and academic groups from. Personal data: only {@link SelectedTeamsTransmitted} carries it.
 */
public record SelectedTeam(AcademyDetails academy, String candidatureId, CandidatureKind kind, AcademicTeam team) {
}

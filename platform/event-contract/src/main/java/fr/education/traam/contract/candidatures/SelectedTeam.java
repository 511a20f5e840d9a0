package fr.education.traam.contract.candidatures;

/** A selected académie and the team its candidature declared: personal data (see {@link AcademicTeam}). */
public record SelectedTeam(AcademyDetails academy, String candidatureId, CandidatureKind kind, AcademicTeam team) {
}

package fr.education.traam.candidatures.selection;

import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.Team;
import fr.education.traam.reference.Academy;
import fr.education.traam.contract.candidatures.CandidatureKind;

import java.util.Objects;

/**
 * A live candidature to the theme, as the selection sees it: who applied, as what, and the team the groups
 * service will need if the académie is selected. Only applicants can be selected.
 */
public record Applicant(CandidatureId candidatureId, Academy academy, CandidatureKind kind, Team team) {

    public Applicant {
        Objects.requireNonNull(candidatureId, "candidatureId");
        Objects.requireNonNull(academy, "academy");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(team, "team");
    }
}

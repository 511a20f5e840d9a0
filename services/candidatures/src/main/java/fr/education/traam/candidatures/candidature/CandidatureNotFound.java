package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.DomainProblem;

/** No candidature has this id. */
public class CandidatureNotFound extends DomainProblem {

    public CandidatureNotFound(CandidatureId id) {
        super(Kind.NOT_FOUND, "candidature-not-found", "no candidature " + id);
    }
}

package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.Refused;

/** No candidature has this id. */
public class CandidatureNotFound extends Refused {

    public CandidatureNotFound(CandidatureId id) {
        super(CandidatureRefusal.CANDIDATURE_NOT_FOUND, "no candidature " + id);
    }
}

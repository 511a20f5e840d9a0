package fr.education.traam.candidatures.candidature.application;

import fr.education.traam.candidatures.candidature.AcademyDelegate;
import fr.education.traam.candidatures.candidature.CandidatureRefusal;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.reference.Academy;

/** Turns a caller into the DAN acting for an académie, from the token's {@code academy} claim. */
public final class AcademyDelegates {

    private AcademyDelegates() {
    }

    /** The caller as their académie's delegate; a token without a known académie acts for none (403). */
    public static AcademyDelegate of(Caller caller) {
        Academy academy = caller.academyCode().flatMap(Academy::byCode).orElseThrow(() ->
                new Refused(CandidatureRefusal.NO_ACADEMY, "your token names no known académie (claim 'academy', a ministry code such as 10)"));
        return new AcademyDelegate(caller.subject(), academy, caller.email());
    }
}

package fr.education.traam.candidatures.candidature;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Academy;

/**
 * A DAN (délégué académique au numérique) acting for their académie: the only one who submits, revises and
 * withdraws its candidatures. {@code subject} is their identity, as in their token, and {@code email} their
 * professional address when the token carries one (personal data: the outcome of the candidatures they submit is
 * mailed to it, docs/personal-data.md).
 */
public record AcademyDelegate(String subject, Academy academy, String email) {

    public AcademyDelegate(String subject, Academy academy) {
        this(subject, academy, null);
    }

    public AcademyDelegate {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a delegate has an identity");
        }
        if (academy == null) {
            throw new IllegalArgumentException("a delegate acts for an académie");
        }
    }

    /** Refuses to act for another académie than the delegate's own. */
    public void requireActsFor(Academy other) {
        if (other != academy) {
            throw new Refused(CandidatureRefusal.OTHER_ACADEMY, "the DAN of académie " + academy.code()
                    + " (" + academy.label() + ") does not act for académie " + other.code() + " (" + other.label() + ")");
        }
    }
}

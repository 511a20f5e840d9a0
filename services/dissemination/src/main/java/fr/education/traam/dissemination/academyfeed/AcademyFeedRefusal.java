package fr.education.traam.dissemination.academyfeed;

import fr.education.traam.kit.domain.Refusal;

/** What the académies' feeds refuse. */
public enum AcademyFeedRefusal implements Refusal {
    /** No académie has this ministry code. */
    ACADEMY_NOT_FOUND
}

package fr.education.traam.candidatures.candidature;

import java.util.UUID;

/** Identity of a candidature. */
public record CandidatureId(String value) {

    public CandidatureId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("candidature id is blank");
        }
    }

    public static CandidatureId generate() {
        return new CandidatureId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

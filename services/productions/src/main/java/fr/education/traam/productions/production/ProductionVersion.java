package fr.education.traam.productions.production;

import java.time.Instant;

/** One version of a production, kept forever: what it said, who saved it (their member id, or the leading expert's id) and when. */
public record ProductionVersion(int number, Writing writing, String savedBy, Instant savedAt) {
}

package fr.education.traam.productions.production;

import java.time.Instant;

/** One version of a production, kept forever: what it said, who saved it (a token subject) and when. */
public record ProductionVersion(int number, Writing writing, String savedBy, Instant savedAt) {
}

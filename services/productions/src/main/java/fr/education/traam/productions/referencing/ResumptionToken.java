package fr.education.traam.productions.referencing;

import java.time.Instant;

/**
 * Where a list request stopped, carried by the harvester rather than kept here: the query (verb, format, set, dates as
 * given), the last record sent ({@code (lastChangedAt, lastId)}, the list's stable order), how many were sent before
 * the next page ({@code cursor}) and until when the token holds.
 *
 * @param set   {@code null} for every set
 * @param from  as the harvester wrote it; {@code null} when not given
 * @param until as the harvester wrote it; {@code null} when not given
 */
public record ResumptionToken(OaiVerb verb, String metadataPrefix, String set, String from, String until,
                              Instant lastChangedAt, String lastId, long cursor, Instant expiresAt) {
}

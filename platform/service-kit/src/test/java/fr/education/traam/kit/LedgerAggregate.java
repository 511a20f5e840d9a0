package fr.education.traam.kit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stand-in aggregate document for the outbox tests. */
@Document("ledger_aggregates")
record LedgerAggregate(@Id String id, long version, String state, String note) {
}

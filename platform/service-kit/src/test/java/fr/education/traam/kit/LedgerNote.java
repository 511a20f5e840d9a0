package fr.education.traam.kit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A second stand-in aggregate, in a collection that no configuration names. */
@Document("ledger_notes")
record LedgerNote(@Id String id, long version, String text) {
}

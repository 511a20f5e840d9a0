/** The catalogue's entries in MongoDB: guarded upserts, and one aggregation for a page and its facet counts. */
package fr.education.traam.productions.catalogue.persistence;

/** Académies' feed entries in MongoDB, one document per (académie, event). */
package fr.education.traam.dissemination.academyfeed.persistence;

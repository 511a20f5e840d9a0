/**
 * The platform's values as ScoLOMFR 3.0 concepts (school levels, disciplines, CRCN competences and the few fixed
 * concepts a record needs), read from {@code scolomfr-3.0.tsv} beside these classes (ADR 29).
 */
package fr.education.traam.reference.scolomfr;

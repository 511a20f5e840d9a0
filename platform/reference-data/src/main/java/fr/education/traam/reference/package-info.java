/**
 * National reference data, the same in every service: the académies by ministry code, the régions académiques,
 * the CRCN competences by code (plain Java, changed only by decree).
 */
package fr.education.traam.reference;

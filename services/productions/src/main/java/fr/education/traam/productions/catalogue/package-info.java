/**
 * The open catalogue of published productions: a projection of the service's own topic (traam.productions, ADR 26),
 * searched by words and facets and shown as public pages.
 */
package fr.education.traam.productions.catalogue;

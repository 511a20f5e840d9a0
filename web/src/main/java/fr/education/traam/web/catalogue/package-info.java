/** The open catalogue of published productions, with its facets and paging. */
package fr.education.traam.web.catalogue;

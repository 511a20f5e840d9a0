/** The catalogue's use cases: following the service's own publications, and searching them. */
package fr.education.traam.productions.catalogue.application;

/** The catalogue over HTTP: its JSON search and its public HTML pages. */
package fr.education.traam.productions.catalogue.web;

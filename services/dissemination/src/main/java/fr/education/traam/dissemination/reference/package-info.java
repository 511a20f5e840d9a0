/** The 30 académies by ministry code, so that a site's académie and a selection's codes read as names. */
package fr.education.traam.dissemination.reference;

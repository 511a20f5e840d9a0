/** The public Atom feed of each académie, under {@code /api/dissemination/academies/{code}/feed.atom}. */
package fr.education.traam.dissemination.academyfeed.web;

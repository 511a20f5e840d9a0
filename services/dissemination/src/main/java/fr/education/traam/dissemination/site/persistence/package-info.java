/** Academic sites and their deliveries in MongoDB; a delivery's id is unique, and a lease keeps it with one sender. */
package fr.education.traam.dissemination.site.persistence;

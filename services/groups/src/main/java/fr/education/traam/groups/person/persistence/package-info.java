/** The people in MongoDB: one document per person, unique by address and by identity subject. */
package fr.education.traam.groups.person.persistence;

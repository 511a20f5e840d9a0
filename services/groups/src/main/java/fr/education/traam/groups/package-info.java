/** The groups service: the national and academic working groups of each theme, formed by the national selections. */
package fr.education.traam.groups;

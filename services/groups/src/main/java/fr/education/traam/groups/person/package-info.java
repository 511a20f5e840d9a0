/**
 * The people who sit in working groups: the only place their names and professional addresses are kept. Groups and
 * events name them by id; erasing a person pseudonymises them here, which leaves the history of the groups intact.
 */
package fr.education.traam.groups.person;

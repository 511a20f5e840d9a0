/**
 * The people of national education as every service records them: a professional e-mail address and the domains
 * accepted as professional, the corps of an inspector who pilots an academic group.
 */
package fr.education.traam.reference.people;

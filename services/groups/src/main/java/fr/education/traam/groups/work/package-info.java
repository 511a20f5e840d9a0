/**
 * The work of the groups: the theme's work calendar the DNE experts propose, the progress the académies' referents
 * report to the national group, and the collaboration spaces (and GTnum) each group links to.
 */
package fr.education.traam.groups.work;

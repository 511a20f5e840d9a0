/**
 * The DNE expert's selection screens: a theme's selection board (its candidatures side by side, its seats, a decision
 * per académie, publication and amendments) and its groups. The candidatures and groups services decide; these pages
 * show what they answer and say their refusals in French beside the form they concern.
 */
package fr.education.traam.web.selection;

/** What happened to each académie on the platform (its selections, its productions), for its public Atom feed. Plain Java. */
package fr.education.traam.dissemination.academyfeed;

/** The ÉduNum edition lines, their published editions and their feeds. */
package fr.education.traam.web.lettres;

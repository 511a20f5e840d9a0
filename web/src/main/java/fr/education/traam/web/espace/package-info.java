/** The logged-in person's home and the screens their role has. */
package fr.education.traam.web.espace;

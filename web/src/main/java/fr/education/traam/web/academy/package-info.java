/** The map of the 30 académies drawn by the platform, and what each works on. */
package fr.education.traam.web.academy;

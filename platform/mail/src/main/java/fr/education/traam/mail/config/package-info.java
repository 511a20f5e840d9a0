/** The mail library's auto-configuration. */
package fr.education.traam.mail.config;

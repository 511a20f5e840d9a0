/** The local SMTP server that receives every e-mail the platform sends, and its read-only HTTP view. */
package fr.education.traam.embedded.mail;

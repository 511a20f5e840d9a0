/**
 * E-mail that reaches people: a service stores a {@link fr.education.traam.mail.MailRequest} for an event and a
 * recipient ({@link fr.education.traam.mail.Mails}), rendered from its templates, and the {@link
 * fr.education.traam.mail.MailRelay} sends what is pending over SMTP, apart from the event's handling (ADR 30).
 */
package fr.education.traam.mail;

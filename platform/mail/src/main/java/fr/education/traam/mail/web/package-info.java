/** What operators see of the mails a service sent, is sending or gave up on. */
package fr.education.traam.mail.web;

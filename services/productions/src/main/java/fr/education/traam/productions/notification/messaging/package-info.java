/** The consumer of the service's own traam.productions for the review mails, in a group of its own. */
package fr.education.traam.productions.notification.messaging;
